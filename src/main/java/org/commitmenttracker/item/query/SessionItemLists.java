package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session view's lists about the session's own date: the body's items carried over (open then, introduced at an
 * earlier session) and those closed since the previous session. They choose a page of item ids and count the list from
 * session_body_items (db/R__session_view.sql), which reads each item's status at that date from the spans of dates the
 * items projection keeps (db/V226); item_listing over the whole register did this at 1.5 s a view at 100,000 items, and
 * a status probe per item changed since the date at 0.5-1 s (issue #17). The answers and rows are the ones ItemQueries
 * gives for the same criteria (SessionListsEquivalenceTest).
 */
@Component
public class SessionItemLists {

    private final JdbcClient jdbc;

    SessionItemLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a list, in order, and the list's total. */
    public record Page(List<String> ids, long total) {}

    /**
     * What an ItemRow is read from: not the search vector and the body text, which for the thousands of items a session
     * follows up were most of what the database sent.
     */
    private static final String ROW_COLUMNS = "x.item_id, x.kind, x.title, x.title_original, x.actor, x.person,"
            + " x.binds, x.themes, x.body, x.session_id, x.session_title, x.session_date, x.opened_on,"
            + " x.opened_precision, x.status, x.open, x.status_since, x.due_date, x.due_precision, x.overdue,"
            + " x.follow_ups, x.last_follow_up_session, x.last_follow_up_on, x.sessions_elapsed, x.version,"
            + " x.last_changed_at";

    /**
     * The items whose stored spans are not their answer at a view's knowledge instant and that were recorded by then,
     * for the lists about the session's date and the previous session's (session_known_changed,
     * db/R__session_view.sql). Each list computed the set itself, up to four times a view, and probed item_listing for
     * every item changed since: at full size, known at 2021-07-05, 4,000 items for a session of 2020, none of them
     * recorded by then (issue #17).
     */
    public record Changed(String[] known) {}

    /** The carried-over list's page and total, and the changed items, which the closed list takes too. */
    public record Carried(Page page, Changed changed) {}

    /**
     * Items of {@code body} open on {@code axes.asOf()} (the session's date) and not introduced at {@code sessionId},
     * as ItemCriteria.withBody(body).withOpen(true).withNotIntroducedAt(sessionId) selects them, in opening order. Tens
     * of thousands of items are open on a session's date: the page is a walk in opening order that stops after it, and
     * the total a sum over the open-items tally (session_carried_page and _total). One statement with the changed items
     * they take, which were a round trip and a plan each (issue #17).
     */
    public Carried carriedOver(String body, String sessionId, TimeAxes axes, int limit, long offset) {
        // Materialized, so that each array is computed once, not once for each function it is handed to (the planner
        // substitutes a subquery's expression for its column).
        return jdbc.sql("""
                        WITH c AS MATERIALIZED (
                            SELECT session_changed_items(:asOf, :knownAt) AS changed,
                                   session_known_changed(:asOf, :knownAt) AS known)
                        SELECT c.known,
                               ARRAY(SELECT p.item_id FROM session_carried_page(CAST(:body AS varchar),
                                         CAST(:session AS varchar), :asOf, :knownAt, c.known, :limit, :offset) p)
                                   AS ids,
                               session_carried_total(CAST(:body AS varchar), CAST(:session AS varchar), :asOf,
                                                     :knownAt, c.changed, c.known) AS total
                        FROM c""")
                .param("body", body)
                .param("session", sessionId)
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Carried(
                        new Page(ItemRows.list(rs.getArray("ids")), rs.getLong("total")),
                        new Changed(ItemRows.list(rs.getArray("known")).toArray(String[]::new))))
                .single();
    }

    /**
     * The items introduced at the session and there at these axes, in opening order, as
     * ItemCriteria.withSessions(sessionId) selects them (session_introduced, db/R__session_view.sql).
     */
    public Page introduced(String sessionId, TimeAxes axes, int limit, long offset) {
        CountedPage<String> page = CountedPage.of(
                jdbc,
                "x.item_id",
                "FROM session_introduced(CAST(:session AS varchar), :asOf, :knownAt) x",
                Map.of("session", sessionId, "asOf", axes.asOf(), "knownAt", axes.knownAtParameter()),
                "x.opened_on, x.item_id",
                limit,
                offset,
                (rs, n) -> rs.getString("item_id"));
        return new Page(page.rows(), page.total());
    }

    /**
     * Items of {@code body} closed on {@code axes.asOf()} and not already closed on {@code previous} (when there is a
     * previous session), as ItemCriteria.withBody(body).withOpen(false).withNotClosedOn(previous) selects them.
     */
    public Page closedSince(
            String body, LocalDate previous, TimeAxes axes, Changed changed, ItemOrder order, int limit, long offset) {
        // Closed on the session's date and not on the previous one: then the item was opened after the previous
        // session, or its status then was dated after it (a status dated by then would have been the answer then
        // too). That finds the few candidates first; only they are looked up at the previous date. OFFSET 0 keeps
        // the NOT EXISTS a probe per candidate (by item, 200 at full size): as an anti join the planner hashed every
        // item closed on the previous date instead (13,000, about 20 ms of the view, issue #17).
        String notClosedBefore = previous == null
                ? ""
                : " AND (x.status_since > :previous OR x.opened_on > :previous) AND NOT EXISTS (SELECT 1 FROM"
                        + " session_body_items(NULL, :previous, :knownAt, CAST(:known AS varchar[])) p"
                        + " WHERE p.item_id = x.item_id AND NOT p.open OFFSET 0)";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("known", changed.known());
        parameters.put("body", body);
        parameters.put("asOf", axes.asOf());
        parameters.put("knownAt", axes.knownAtParameter());
        parameters.put("previous", previous);
        CountedPage<String> page = CountedPage.of(
                jdbc,
                "x.item_id",
                "FROM session_body_items(CAST(:body AS varchar), :asOf, :knownAt, CAST(:known AS varchar[])) x WHERE"
                        + " NOT x.open" + notClosedBefore,
                parameters,
                order.sql(),
                limit,
                offset,
                (rs, n) -> rs.getString("item_id"));
        return new Page(page.rows(), page.total());
    }

    /**
     * The rows of these items at these axes, as ItemQueries gives them: from session_item_rows
     * (db/R__session_view.sql), which reads the stored rows with the status on the date asked instead of computing each
     * item from history. An item not there at those axes is left out.
     */
    public Map<String, ItemRow> rows(List<String> ids, TimeAxes axes) {
        return rows(ids, axes, List.of(), axes).first();
    }

    /** Rows of two sets of items, each at its own axes. */
    public record RowsAt(Map<String, ItemRow> first, Map<String, ItemRow> second) {}

    /**
     * The rows of {@code ids} at {@code axes} and of {@code moreIds} at {@code moreAxes}, as {@link #rows(List,
     * TimeAxes)} gives each, in one statement: the session view's four lists are at two axes (the session's date, and
     * the view's), and a statement per list cost a plan and a round trip each (about 5 ms at full size, issue #17).
     */
    public RowsAt rows(List<String> ids, TimeAxes axes, List<String> moreIds, TimeAxes moreAxes) {
        Map<String, ItemRow> first = new HashMap<>();
        Map<String, ItemRow> second = new HashMap<>();
        List<String> parts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!ids.isEmpty()) {
            parts.add("SELECT 1 AS part, " + ROW_COLUMNS
                    + " FROM session_item_rows(CAST(:ids AS varchar[]), :asOf, :knownAt) x");
            parameters.put("ids", ids.stream().distinct().toArray(String[]::new));
            parameters.put("asOf", axes.asOf());
            parameters.put("knownAt", axes.knownAtParameter());
        }
        if (!moreIds.isEmpty()) {
            parts.add("SELECT 2 AS part, " + ROW_COLUMNS
                    + " FROM session_item_rows(CAST(:moreIds AS varchar[]), :moreAsOf, :moreKnownAt) x");
            parameters.put("moreIds", moreIds.stream().distinct().toArray(String[]::new));
            parameters.put("moreAsOf", moreAxes.asOf());
            parameters.put("moreKnownAt", moreAxes.knownAtParameter());
        }
        if (!parts.isEmpty()) {
            jdbc.sql(String.join(" UNION ALL ", parts)).params(parameters).query(rs -> {
                ItemRow row = ItemRows.read(rs);
                (rs.getInt("part") == 1 ? first : second).put(row.id(), row);
            });
        }
        return new RowsAt(first, second);
    }
}
