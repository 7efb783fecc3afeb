package org.commitmenttracker.reporting.web.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.item.query.ItemRow;

/** The CSV columns of an item row, shared by the items export and the session view export. */
final class ItemCsv {

    static final List<String> HEADER = List.of(
            "id",
            "kind",
            "title",
            "title_original",
            "actor",
            "person",
            "binds",
            "themes",
            "body",
            "session_id",
            "session_title",
            "session_date",
            "opened_on",
            "status",
            "open",
            "status_since",
            "due",
            "overdue",
            "follow_ups",
            "last_follow_up_session_id",
            "last_follow_up_on",
            "sessions_elapsed",
            "version",
            "last_changed_at");

    private ItemCsv() {}

    static List<Object> cells(ItemRow r) {
        return new ArrayList<>(Arrays.asList(
                r.id(),
                r.kind(),
                r.title(),
                r.titleOriginal(),
                r.actor(),
                r.person(),
                r.binds(),
                r.themes(),
                r.body(),
                r.sessionId(),
                r.sessionTitle(),
                r.sessionDate(),
                r.openedOn(),
                r.status(),
                r.open(),
                r.statusSince(),
                r.due(),
                r.overdue(),
                r.followUps(),
                r.lastFollowUpSessionId(),
                r.lastFollowUpOn(),
                r.sessionsElapsed(),
                r.version(),
                r.lastChangedAt()));
    }

    static CsvTable table(List<ItemRow> rows) {
        return new CsvTable(HEADER, rows.stream().<List<?>>map(ItemCsv::cells).toList());
    }
}
