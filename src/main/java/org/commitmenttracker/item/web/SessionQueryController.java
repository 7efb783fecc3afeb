package org.commitmenttracker.item.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.session.SessionFacts;
import org.commitmenttracker.item.session.SessionPaging;
import org.commitmenttracker.item.session.SessionQueries;
import org.commitmenttracker.item.session.SessionView;
import org.commitmenttracker.item.session.SessionViews;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/sessions", produces = "application/json")
@Tag(name = "Sessions", description = "Sessions and what happened at them, as of any date")
class SessionQueryController {

    private final SessionQueries sessions;
    private final SessionViews views;

    SessionQueryController(SessionQueries sessions, SessionViews views) {
        this.sessions = sessions;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Sessions held on or before asOf, newest first")
    List<SessionFacts> list(
            @Parameter(description = "Body code") @RequestParam(required = false) String body,
            @Parameter(description = "Held on or after (yyyy-mm-dd)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Held on or before (yyyy-mm-dd)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @ParameterObject TimeAxes axes) {
        return sessions.list(body, from, to, axes);
    }

    @GetMapping("/{sessionId}")
    @Operation(
            summary =
                    "Participants, chair and handover; items introduced, followed up, carried over, and closed since the previous session; the introduced, carried-over and closed lists page (page, size) with their totals")
    SessionView view(
            @PathVariable String sessionId, @ParameterObject TimeAxes axes, @ParameterObject SessionPaging paging) {
        return views.view(sessionId, axes, paging);
    }
}
