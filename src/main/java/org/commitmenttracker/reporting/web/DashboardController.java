package org.commitmenttracker.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.commitmenttracker.reporting.dashboard.Dashboard;
import org.commitmenttracker.reporting.dashboard.DashboardQueries;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "Headline figures as of any date")
class DashboardController {

    private final DashboardQueries queries;

    DashboardController(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/dashboard", produces = "application/json")
    @Operation(
            summary =
                    "Open items by kind, status, theme and party; overdue, oldest open, most followed up, recently changed")
    Dashboard dashboard(
            @Parameter(description = "Body code, to narrow every figure to one body") @RequestParam(required = false)
                    String body,
            @Parameter(description = "Length of each top list, 1 to 100 (default 10)")
                    @RequestParam(defaultValue = "10")
                    int top,
            @ParameterObject TimeAxes axes) {
        return queries.figures(body, top, axes);
    }
}
