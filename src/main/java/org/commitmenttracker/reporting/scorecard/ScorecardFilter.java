package org.commitmenttracker.reporting.scorecard;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Set;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.query.ItemCriteria;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Narrows a scorecard to a body, a theme, an assessment period, items opened within dates, or the items introduced at
 * one session (the compliance report's optional scope).
 */
public record ScorecardFilter(
        @Parameter(description = "Body code: items of that body's sessions or adopted by it")
        String body,

        @Parameter(description = "Theme tag") String theme,

        @Parameter(description = "INTERIM or FINAL; default: each party's latest assessment of each item")
        AssessmentPeriod period,

        @Parameter(description = "Items opened on or after (yyyy-mm-dd)") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "Items opened on or before (yyyy-mm-dd)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Parameter(description = "Session id: only the items introduced at that session")
        String session) {

    public ScorecardFilter {
        session = session == null || session.isBlank() ? null : session.strip();
    }

    /** Every item of the scope, whatever the session: the scorecard pages' filter. */
    public ScorecardFilter(String body, String theme, AssessmentPeriod period, LocalDate from, LocalDate to) {
        this(body, theme, period, from, to, null);
    }

    public static ScorecardFilter none() {
        return new ScorecardFilter(null, null, null, null, null);
    }

    /** The items in scope. */
    public ItemCriteria criteria() {
        ItemCriteria criteria =
                ItemCriteria.any().withBody(body).withTheme(theme).withOpened(from, to);
        return session == null ? criteria : criteria.withSessions(Set.of(session));
    }
}
