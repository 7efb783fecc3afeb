package org.commitmenttracker.watch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.watch.Deadlines;
import org.commitmenttracker.watch.Watch;
import org.commitmenttracker.watch.WatchKind;
import org.commitmenttracker.watch.WatchedChanges;
import org.commitmenttracker.watch.Watches;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/me", produces = "application/json")
@Tag(name = "Watchlist", description = "What the signed-in user follows and what changed since the last visit")
class WatchController {

    private final Watches watches;
    private final WatchedChanges changes;
    private final Deadlines deadlines;

    WatchController(Watches watches, WatchedChanges changes, Deadlines deadlines) {
        this.watches = watches;
        this.changes = changes;
        this.deadlines = deadlines;
    }

    @GetMapping("/deadlines")
    @Operation(summary = "Followed items due within the configured window (tracker.watch.due-soon) and overdue ones")
    Deadlines.Due deadlines(Principal principal) {
        return deadlines.of(principal.getName());
    }

    @GetMapping("/watches")
    @Operation(summary = "What I follow")
    List<Watch> list(Principal principal) {
        return watches.of(principal.getName());
    }

    @PostMapping("/watches")
    @Operation(summary = "Follow an item, party, body, theme, or a saved search (the items page's query string)")
    ResponseEntity<Watch> follow(Principal principal, @RequestBody Follow body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(watches.follow(principal.getName(), body.kind(), body.target()));
    }

    @DeleteMapping("/watches/{id}")
    @Operation(summary = "Stop following")
    ResponseEntity<Void> unfollow(Principal principal, @PathVariable UUID id) {
        if (!watches.unfollow(principal.getName(), id)) {
            throw new NotRecorded("watch", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/changes")
    @Operation(summary = "Events about what I follow, recorded after my last visit (or after 'since'), newest first")
    WatchedChanges.Changes changes(Principal principal, @RequestParam(required = false) Instant since) {
        return changes.since(principal.getName(), since);
    }

    @PostMapping("/changes/seen")
    @Operation(
            summary =
                    "Mark everything projected so far as seen; what is projected later is new, even if recorded earlier")
    ResponseEntity<Void> seen(Principal principal) {
        changes.markSeen(principal.getName());
        return ResponseEntity.noContent().build();
    }

    record Follow(WatchKind kind, String target) {}
}
