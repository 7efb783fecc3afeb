package org.commitmenttracker.audit;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.paging.PageSlice;
import org.commitmenttracker.shared.refusal.InvalidField;

/** The audit log's filters; the log takes a recording range instead of asOf/knownAt. */
public record AuditFilter(
        @Parameter(description = "Recorded at or after this instant (ISO 8601)")
        Instant from,

        @Parameter(description = "Recorded before this instant (ISO 8601)")
        Instant to,

        @Parameter(description = "Who recorded the event") String recordedBy,

        @Parameter(description = "Item id: that item's events")
        String item,

        @Parameter(description = "Session id: the session's own record and the item events that name it")
        String session,

        @Parameter(description = "Event type, e.g. StatusChanged")
        String type,

        @Parameter(description = "Page number, from 0") Integer page,

        @Parameter(description = "Rows per page, 1 to 500 (default 50)")
        Integer size,

        @Parameter(description = "ASC (oldest first) or DESC (default, newest first)")
        Order order) {

    public enum Order {
        ASC,
        DESC
    }

    public AuditFilter {
        PageSlice slice = PageSlice.of(page, size, 50, 500);
        page = slice.page();
        size = slice.size();
        order = order == null ? Order.DESC : order;
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidField("from", "must be before to");
        }
    }

    String condition(Map<String, Object> parameters) {
        List<String> terms = new ArrayList<>(List.of("true"));
        add(terms, parameters, from == null ? null : from.atOffset(ZoneOffset.UTC), "from", "recorded_at >= :from");
        add(terms, parameters, to == null ? null : to.atOffset(ZoneOffset.UTC), "to", "recorded_at < :to");
        add(terms, parameters, recordedBy, "recordedBy", "recorded_by = :recordedBy");
        add(terms, parameters, item, "item", "item_id = :item");
        add(terms, parameters, session, "session", "session_id = :session");
        add(terms, parameters, type, "type", "event_type = :type");
        return String.join(" AND ", terms);
    }

    private static void add(
            List<String> terms, Map<String, Object> parameters, Object value, String name, String term) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            terms.add(term);
            parameters.put(name, value instanceof String text ? text.strip() : value);
        }
    }
}
