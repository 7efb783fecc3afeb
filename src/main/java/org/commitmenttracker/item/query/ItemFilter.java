package org.commitmenttracker.item.query;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the item list (and of the items export); every one is optional and they combine with AND. */
public record ItemFilter(
        @Parameter(description = "DECISION, PROPOSAL or PLEDGE")
        ItemKind kind,

        @Parameter(description = "One status, e.g. IN_IMPLEMENTATION")
        ItemStatus status,

        @Parameter(description = "true: only open items; false: only closed ones")
        Boolean open,

        @Parameter(description = "true: only overdue items (open, due date passed); false: only the others")
        Boolean overdue,

        @Parameter(description = "Party code: the item's actor or a party it binds")
        String party,

        @Parameter(description = "Body code: the body of the item's session, or the adopting body")
        String body,

        @Parameter(description = "Session id: items introduced at that session")
        String session,

        @Parameter(description = "Theme tag, e.g. border-security")
        String theme,

        @Parameter(description = "Opened on or after this world date (yyyy-mm-dd)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "Opened on or before this world date (yyyy-mm-dd)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Parameter(description = "Free text (websearch syntax) in titles and texts, Russian and English stemming")
        String q) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    boolean hasText() {
        return q != null && !q.isBlank();
    }

    /** The SQL condition over item_overview (alias x) and its named parameters. */
    public Condition condition() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidField("from", "must not be after to");
        }
        List<String> terms = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new HashMap<>();
        add(terms, parameters, kind == null ? null : kind.name(), "kind", "x.kind = :kind");
        add(terms, parameters, status == null ? null : status.name(), "status", "x.status = :status");
        add(terms, parameters, open, "open", "x.open = :open");
        add(terms, parameters, overdue, "overdue", "x.overdue = :overdue");
        add(
                terms,
                parameters,
                blankToNull(party),
                "party",
                "(x.actor = :party OR x.binds @> ARRAY[CAST(:party AS text)])");
        add(terms, parameters, blankToNull(body), "body", "x.body = :body");
        add(terms, parameters, blankToNull(session), "session", "x.session_id = :session");
        add(terms, parameters, blankToNull(theme), "theme", "x.themes @> ARRAY[CAST(:theme AS text)]");
        add(terms, parameters, from, "from", "x.opened_on >= :from");
        add(terms, parameters, to, "to", "x.opened_on <= :to");
        add(terms, parameters, hasText() ? q.strip() : null, "q", "x.search @@ (SELECT text_search_query(:q))");
        return new Condition(String.join(" AND ", terms), parameters);
    }

    private static void add(
            List<String> terms, Map<String, Object> parameters, Object value, String name, String term) {
        if (value != null) {
            terms.add(term);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record Condition(String sql, Map<String, Object> parameters) {}
}
