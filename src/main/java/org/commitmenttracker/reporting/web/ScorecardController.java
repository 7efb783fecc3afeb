package org.commitmenttracker.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.commitmenttracker.reporting.scorecard.PartyScorecard;
import org.commitmenttracker.reporting.scorecard.Scorecard;
import org.commitmenttracker.reporting.scorecard.ScorecardFilter;
import org.commitmenttracker.reporting.scorecard.ScorecardPaging;
import org.commitmenttracker.reporting.scorecard.Scorecards;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scorecards", description = "Counts by status and G7/G20 Research Group compliance averages per party")
class ScorecardController {

    private final Scorecards scorecards;

    ScorecardController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping(path = "/api/scorecard", produces = "application/json")
    @Operation(
            summary =
                    "All parties against all assessed items, with per-party, per-item and overall averages; item lines page (page, size) with itemTotal")
    Scorecard all(
            @ParameterObject ScorecardFilter filter,
            @ParameterObject TimeAxes axes,
            @ParameterObject ScorecardPaging paging) {
        return scorecards.all(filter, axes, paging);
    }

    @GetMapping(path = "/api/parties/{code}/scorecard", produces = "application/json")
    @Operation(summary = "One party: its items by status, its scores and its compliance average")
    PartyScorecard party(
            @PathVariable String code,
            @ParameterObject ScorecardFilter filter,
            @ParameterObject TimeAxes axes,
            @ParameterObject ScorecardPaging paging) {
        return scorecards.party(code, filter, axes, paging);
    }
}
