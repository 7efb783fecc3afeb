package org.commitmenttracker.eventstore.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/admin/projections", produces = "application/json")
@Tag(name = "Admin: projections", description = "Read-model processors, dead letters and the full rebuild")
class ProjectionAdminController {

    private final ProjectionStatus status;
    private final Rebuild rebuild;
    private final DeadLetters deadLetters;

    ProjectionAdminController(ProjectionStatus status, Rebuild rebuild, DeadLetters deadLetters) {
        this.status = status;
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Each processor's position against the newest stored event, and its dead letters")
    ProjectionStatus.Overview overview() {
        return status.overview();
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Empty every read model and replay the whole event store (runs in the background)")
    ResponseEntity<RebuildProgress> rebuild() {
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/projections/rebuild"))
                .body(rebuild.start());
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Progress of the last rebuild: events done, total, rate")
    RebuildProgress progress() {
        return rebuild.progress();
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "The dead-lettered events waiting for a retry, with the cause of each failure")
    java.util.List<DeadLetters.Parked> parkedEvents() {
        return deadLetters.list();
    }

    @PostMapping("/dead-letters/retry")
    @Operation(
            summary =
                    "Retry dead-lettered events, e.g. after fixing their cause; answers sequences retried per processor")
    Map<String, Integer> retryDeadLetters() {
        return deadLetters.retryAll();
    }
}
