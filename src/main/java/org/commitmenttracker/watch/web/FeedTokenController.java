package org.commitmenttracker.watch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.watch.FeedTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/me/feed-tokens", produces = "application/json")
@Tag(name = "Watchlist", description = "What the signed-in user follows and what changed since the last visit")
class FeedTokenController {

    private final FeedTokens tokens;

    FeedTokenController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "My feed tokens (never the tokens themselves)")
    List<FeedTokens.FeedTokenInfo> list(Principal principal) {
        return tokens.of(principal.getName());
    }

    /** The token is in this answer only. Feeds are then at /feeds/{token}/digest, /items?…, /items/{id}, … */
    @PostMapping
    @Operation(summary = "Issue a read-only feed token; it opens only my feeds under /feeds/{token}/")
    ResponseEntity<FeedTokens.IssuedFeedToken> issue(Principal principal, @RequestBody NewFeedToken body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(principal.getName(), body.name()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a feed token: its feeds stop answering at once")
    ResponseEntity<Void> revoke(Principal principal, @PathVariable UUID id) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new NotRecorded("feed token", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    record NewFeedToken(String name) {}
}
