package org.commitmenttracker.watch;

/** What a user can follow. A SEARCH target is the query string of the items page or of GET /api/items. */
public enum WatchKind {
    ITEM,
    PARTY,
    BODY,
    THEME,
    SEARCH
}
