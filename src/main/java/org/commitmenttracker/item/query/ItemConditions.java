package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmenttracker.shared.time.TimeAxes;

/**
 * {@link ItemCriteria} as a condition over the columns of item_overview (alias x) with its named parameters. Only this
 * package writes SQL about items; the columns are those of the functions in R__item_functions_*.sql.
 */
record ItemConditions(String sql, Map<String, Object> parameters) {

    /**
     * The free-text match (db/R__item_search.sql) for today's source, item_current: the item's own texts and Russian
     * summary, or the note of a follow-up or a status change known at knownAt and dated on or before asOf. The notes'
     * items are found once through their index, as arrays, so that no arm holds a sub-plan: PostgreSQL pushes such a
     * condition into item_current, where the arms become one bitmap over the search index and the primary key; with IN
     * (sub-select) arms it stayed above and every row of rm_item_current was read and tested (issue #17: all 104,000
     * for one common word).
     */
    static final String TEXT_MATCH_TODAY = textMatch("x.item_id = ANY(ARRAY(%s))");

    private static String textMatch(String inItems) {
        return "(x.search @@ (SELECT text_search_query(:q))"
                + " OR "
                + inItems.formatted("SELECT i.item_id FROM rm_item i"
                        + " WHERE i.summary_search @@ (SELECT text_search_query(:q)) AND i.recorded_at <= :knownAt")
                + " OR "
                + inItems.formatted("SELECT f.item_id FROM rm_item_follow_up f"
                        + " WHERE f.search @@ (SELECT text_search_query(:q)) AND f.recorded_at <= :knownAt"
                        + " AND f.world_date <= :asOf")
                + " OR "
                + inItems.formatted("SELECT h.item_id FROM rm_item_status h"
                        + " WHERE h.search @@ (SELECT text_search_query(:q)) AND h.known_from <= :knownAt"
                        + " AND (h.known_until IS NULL OR h.known_until > :knownAt) AND h.world_date <= :asOf")
                + ")";
    }

    /**
     * The same match at past axes, as one array of the matching items. The row's search vector is its statement's known
     * at knownAt, so the statements known then are asked through their index instead: rm_item_span (db/V230) is then
     * looked up by item for the matches only, not read whole with every item's statement joined to test it.
     */
    static final String TEXT_MATCH_PAST = "x.item_id = ANY(ARRAY(SELECT s.item_id FROM rm_item_statement s"
            + " WHERE s.search @@ (SELECT text_search_query(:q)) AND s.known_from <= :knownAt"
            + " AND (s.known_until IS NULL OR s.known_until > :knownAt)"
            + " UNION SELECT i.item_id FROM rm_item i"
            + " WHERE i.summary_search @@ (SELECT text_search_query(:q)) AND i.recorded_at <= :knownAt"
            + " UNION SELECT f.item_id FROM rm_item_follow_up f"
            + " WHERE f.search @@ (SELECT text_search_query(:q)) AND f.recorded_at <= :knownAt AND f.world_date <= :asOf"
            + " UNION SELECT h.item_id FROM rm_item_status h"
            + " WHERE h.search @@ (SELECT text_search_query(:q)) AND h.known_from <= :knownAt"
            + " AND (h.known_until IS NULL OR h.known_until > :knownAt) AND h.world_date <= :asOf))";

    static ItemConditions of(ItemCriteria c, TimeAxes axes) {
        List<String> terms = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", axes.asOf());
        parameters.put("knownAt", axes.knownAtParameter());
        add(terms, parameters, c.kind() == null ? null : c.kind().name(), "kind", "x.kind = :kind");
        add(terms, parameters, c.status() == null ? null : c.status().name(), "status", "x.status = :status");
        add(terms, parameters, c.open(), "open", "x.open = :open");
        add(terms, parameters, c.overdue(), "overdue", "x.overdue = :overdue");
        add(terms, parameters, c.party(), "party", Binding.actorOrBound(":party"));
        add(terms, parameters, c.body(), "body", "x.body = :body");
        add(terms, parameters, single(c.sessions()), "session", "x.session_id = :session");
        add(terms, parameters, many(c.sessions()), "sessions", "x.session_id = ANY(CAST(:sessions AS varchar[]))");
        add(
                terms,
                parameters,
                c.notIntroducedAt(),
                "notIntroducedAt",
                "x.session_id IS DISTINCT FROM :notIntroducedAt");
        add(terms, parameters, c.theme(), "theme", "x.themes @> ARRAY[CAST(:theme AS text)]");
        add(terms, parameters, c.from(), "from", "x.opened_on >= :from");
        add(terms, parameters, c.to(), "to", "x.opened_on <= :to");
        add(terms, parameters, c.dueBy(), "dueBy", "x.due_last_day <= :dueBy");
        add(terms, parameters, c.dueFrom(), "dueFrom", "x.due_last_day >= :dueFrom");
        add(terms, parameters, c.text(), "q", ItemRows.today(axes) ? TEXT_MATCH_TODAY : TEXT_MATCH_PAST);
        // One array parameter: a report can name more items than a statement may have parameters (65,535).
        add(terms, parameters, array(c.ids()), "ids", "x.item_id = ANY(CAST(:ids AS varchar[]))");
        if (c.followedUp() != null) {
            terms.add(c.followedUp() ? "x.follow_ups > 0" : "x.follow_ups = 0");
        }
        LocalDate notClosedOn = c.notClosedOn();
        add(
                terms,
                parameters,
                notClosedOn,
                "notClosedOn",
                "NOT EXISTS (SELECT 1 FROM item_state(:notClosedOn, :knownAt) p"
                        + " WHERE p.item_id = x.item_id AND NOT p.open)");
        return new ItemConditions(String.join(" AND ", terms), parameters);
    }

    private static String single(Set<String> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    private static String[] many(Set<String> values) {
        return values.size() > 1 ? values.toArray(String[]::new) : null;
    }

    private static String[] array(Set<String> values) {
        return values.isEmpty() ? null : values.toArray(String[]::new);
    }

    private static void add(
            List<String> terms, Map<String, Object> parameters, Object value, String name, String term) {
        if (value != null) {
            terms.add(term);
            parameters.put(name, value);
        }
    }
}
