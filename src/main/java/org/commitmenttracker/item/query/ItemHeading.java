package org.commitmenttracker.item.query;

/** What a line naming an item shows: its kind, titles and status at the query's time axes. */
public record ItemHeading(String id, String kind, String title, String titleOriginal, String status) {}
