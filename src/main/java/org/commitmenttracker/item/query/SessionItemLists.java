package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session view's lists about the session's own date: the body's items carried over (open then, introduced at an
 * earlier session) and those closed since the previous session. They choose a page of item ids and count the list from
 * session_body_items (db/R__session_view.sql), which reads the current-state table and looks up only the status at that
 * date of items changed since; item_listing over the whole register did this at 1.5 s a view at 100,000 items (issue
 * #17). The answers are the ones ItemQueries gives for the same criteria (SessionListsEquivalenceTest).
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
     * Items of {@code body} open on {@code axes.asOf()} (the session's date) and not introduced at {@code sessionId},
     * as ItemCriteria.withBody(body).withOpen(true).withNotIntroducedAt(sessionId) selects them.
     */
    public Page carriedOver(String body, String sessionId, TimeAxes axes, ItemOrder order, int limit, long offset) {
        return page(
                "x.open AND x.session_id IS DISTINCT FROM :session", body, axes, order, limit, offset, sessionId, null);
    }

    /**
     * Items of {@code body} closed on {@code axes.asOf()} and not already closed on {@code previous} (when there is a
     * previous session), as ItemCriteria.withBody(body).withOpen(false).withNotClosedOn(previous) selects them.
     */
    public Page closedSince(String body, LocalDate previous, TimeAxes axes, ItemOrder order, int limit, long offset) {
        String notClosedBefore = previous == null
                ? ""
                : " AND NOT EXISTS (SELECT 1 FROM session_body_items(NULL, :previous, :knownAt) p"
                        + " WHERE p.item_id = x.item_id AND NOT p.open)";
        return page("NOT x.open" + notClosedBefore, body, axes, order, limit, offset, null, previous);
    }

    private Page page(
            String condition,
            String body,
            TimeAxes axes,
            ItemOrder order,
            int limit,
            long offset,
            String sessionId,
            LocalDate previous) {
        String from = " FROM session_body_items(CAST(:body AS varchar), :asOf, :knownAt) x WHERE " + condition;
        var rows = jdbc.sql("SELECT x.item_id, count(*) OVER () AS total" + from + " ORDER BY " + order.sql()
                        + " LIMIT :limit OFFSET :offset")
                .param("body", body)
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .param("session", sessionId)
                .param("previous", previous)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Row(rs.getString("item_id"), rs.getLong("total")))
                .list();
        if (!rows.isEmpty() || offset == 0) {
            // The window's count is the list's total; only a page past the end needs it counted on its own.
            return new Page(
                    rows.stream().map(Row::id).toList(),
                    rows.isEmpty() ? 0 : rows.getFirst().total());
        }
        long total = jdbc.sql("SELECT count(*)" + from)
                .param("body", body)
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .param("session", sessionId)
                .param("previous", previous)
                .query(Long.class)
                .single();
        return new Page(List.of(), total);
    }

    private record Row(String id, long total) {}
}
