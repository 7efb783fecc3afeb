package org.commitmenttracker.reporting.web.export;

import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.session.SessionView;

/**
 * A session view as one table: each item row is tagged with its section (introduced, followed_up, carried_over,
 * closed_since_previous); follow-ups add who raised the item and their stance.
 */
final class SessionCsv {

    private SessionCsv() {}

    static CsvTable table(SessionView view) {
        List<String> header =
                new ArrayList<>(List.of("session_id", "session_date", "body", "section", "raised_by", "stance"));
        header.addAll(ItemCsv.HEADER);
        List<List<?>> rows = new ArrayList<>();
        view.introduced().forEach(item -> rows.add(row(view, "introduced", null, null, item)));
        view.followedUp().forEach(f -> rows.add(row(view, "followed_up", f.raisedBy(), f.stance(), f.item())));
        view.carriedOver().forEach(item -> rows.add(row(view, "carried_over", null, null, item)));
        view.closedSincePrevious().forEach(item -> rows.add(row(view, "closed_since_previous", null, null, item)));
        return new CsvTable(header, rows);
    }

    private static List<?> row(SessionView view, String section, String raisedBy, String stance, ItemRow item) {
        List<Object> cells = new ArrayList<>();
        cells.add(view.session().id());
        cells.add(view.session().worldDate());
        cells.add(view.session().body());
        cells.add(section);
        cells.add(raisedBy);
        cells.add(stance);
        cells.addAll(ItemCsv.cells(item));
        return cells;
    }
}
