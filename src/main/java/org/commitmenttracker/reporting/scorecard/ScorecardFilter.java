package org.commitmenttracker.reporting.scorecard;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;

/** Narrows a scorecard to a body, a theme, an assessment period, or items opened within dates. */
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
        LocalDate to) {

    public static ScorecardFilter none() {
        return new ScorecardFilter(null, null, null, null, null);
    }

    /** The condition on item_overview (alias x) selecting the items in scope. */
    String itemCondition(Map<String, Object> parameters) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidField("from", "must not be after to");
        }
        List<String> terms = new ArrayList<>(List.of("true"));
        if (body != null && !body.isBlank()) {
            terms.add("x.body = :body");
            parameters.put("body", body.strip());
        }
        if (theme != null && !theme.isBlank()) {
            terms.add("x.themes @> ARRAY[CAST(:theme AS text)]");
            parameters.put("theme", theme.strip());
        }
        if (from != null) {
            terms.add("x.opened_on >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            terms.add("x.opened_on <= :to");
            parameters.put("to", to);
        }
        return String.join(" AND ", terms);
    }
}
