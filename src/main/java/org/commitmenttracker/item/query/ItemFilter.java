package org.commitmenttracker.item.query;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Set;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the item list (and of the items export); every one is optional and they combine with AND. */
public record ItemFilter(
        @Parameter(description = "DECISION, PROPOSAL, PLEDGE or STATEMENT (a stated position)")
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

        @Parameter(
                description = "Free text (websearch syntax) in titles, official titles, texts and follow-up notes;"
                        + " Russian and English stemming, any inflection")
        String q) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filters as criteria of an {@link ItemQuery}. */
    public ItemCriteria criteria() {
        return new ItemCriteria(
                kind,
                status,
                open,
                overdue,
                party,
                body,
                session == null || session.isBlank() ? null : Set.of(session.strip()),
                null,
                theme,
                from,
                to,
                q,
                null,
                null,
                null,
                null,
                null);
    }
}
