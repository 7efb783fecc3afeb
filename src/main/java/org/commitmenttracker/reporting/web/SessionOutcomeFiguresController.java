package org.commitmenttracker.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commitmenttracker.item.query.OutcomeCount;
import org.commitmenttracker.item.query.SessionOutcomes;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's outcome counts: per session, documents counted, named in the register, and not named. */
@RestController
@Tag(name = "Dashboard")
class SessionOutcomeFiguresController {

    private final SessionOutcomes outcomes;

    SessionOutcomeFiguresController(SessionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping(path = "/api/dashboard/session-outcomes", produces = "application/json")
    @Operation(summary = "Outcome counts of sessions, named and unnamed documents apart")
    List<OutcomeCount> figures(@RequestParam(required = false) String body, @ParameterObject TimeAxes axes) {
        return outcomes.forBody(body, axes);
    }
}
