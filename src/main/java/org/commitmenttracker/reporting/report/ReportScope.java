package org.commitmenttracker.reporting.report;

import java.util.Locale;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * What a report covers: a body, an assessment period ({@code null} for each party's latest assessment, as on the
 * scorecard) and optionally one session.
 */
public record ReportScope(String body, AssessmentPeriod period, String session) {

    /** LATEST is the scorecard's default: a final score over an interim one, then the later world date. */
    public static final String LATEST = "LATEST";

    /** Reads the request's parameters, refusing a missing body or an unknown period by name. */
    public static ReportScope of(String body, String period, String session) {
        if (body == null || body.isBlank()) {
            throw new InvalidField("body", "is required: the code of a registered body");
        }
        return new ReportScope(body.strip(), period(period), session == null || session.isBlank() ? null : session);
    }

    private static AssessmentPeriod period(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase(LATEST)) {
            return null;
        }
        try {
            return AssessmentPeriod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("period", "must be INTERIM, FINAL or LATEST, not " + value);
        }
    }

    /** The period's name as the report's parameters spell it. */
    public String periodName() {
        return period == null ? LATEST : period.name();
    }
}
