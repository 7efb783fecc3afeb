package org.commitmenttracker.item.query;

/** What a line naming an item shows: its kind, titles and status at the query's time axes. */
public record ItemHeading(String id, String kind, String title, String titleOriginal, String status) {

    static ItemHeading of(ItemRow row) {
        return new ItemHeading(row.id(), row.kind(), row.title(), row.titleOriginal(), row.status());
    }
}
