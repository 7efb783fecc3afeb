package org.commitmenttracker.watch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.watch.FeedTokens;
import org.commitmenttracker.watch.WatchKind;
import org.commitmenttracker.watch.WatchedChanges;
import org.commitmenttracker.web.problem.ProblemMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds for feed readers, which cannot sign in: the personal feed token in the path is the only credential, and
 * only this controller reads it. An unknown or revoked token is answered like an unknown address.
 */
@RestController
@RequestMapping(path = "/feeds/{token}")
class FeedController {

    static final int ENTRIES = 50;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedTokens tokens;
    private final WatchedChanges changes;

    FeedController(FeedTokens tokens, WatchedChanges changes) {
        this.tokens = tokens;
        this.changes = changes;
    }

    @GetMapping("/digest")
    ResponseEntity<String> digest(@PathVariable String token) {
        String user = owner(token);
        return atom("digest:" + user, "What " + user + " follows", "/watch", changes.digest(user, ENTRIES));
    }

    /** A saved search: the query string of the items page. */
    @GetMapping("/items")
    ResponseEntity<String> search(@PathVariable String token, HttpServletRequest request) {
        owner(token);
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        return atom(
                "search:" + query,
                "Items: " + (query.isEmpty() ? "all" : query),
                "/items" + (query.isEmpty() ? "" : "?" + query),
                changes.about(WatchKind.SEARCH, query, ENTRIES));
    }

    @GetMapping("/items/{itemId}")
    ResponseEntity<String> item(@PathVariable String token, @PathVariable String itemId) {
        owner(token);
        return atom(
                "item:" + itemId, "Item " + itemId, "/items/" + itemId, changes.about(WatchKind.ITEM, itemId, ENTRIES));
    }

    @GetMapping("/parties/{code}")
    ResponseEntity<String> party(@PathVariable String token, @PathVariable String code) {
        owner(token);
        return atom(
                "party:" + code, "Party " + code, "/parties/" + code, changes.about(WatchKind.PARTY, code, ENTRIES));
    }

    @GetMapping("/bodies/{code}")
    ResponseEntity<String> body(@PathVariable String token, @PathVariable String code) {
        owner(token);
        return atom(
                "body:" + code, "Body " + code, "/items?body=" + code, changes.about(WatchKind.BODY, code, ENTRIES));
    }

    private String owner(String token) {
        return tokens.ownerOf(token).orElseThrow(UnknownFeed::new);
    }

    static final class UnknownFeed extends RuntimeException {
        UnknownFeed() {
            super(null, null, false, false);
        }
    }

    /**
     * Answered as problem+json like every refusal, with the content type set here: a feed reader asks for Atom only,
     * and negotiation would otherwise turn the 404 into a 406.
     */
    @ExceptionHandler(UnknownFeed.class)
    ResponseEntity<ProblemDetail> unknown() {
        ProblemDetail problem = ProblemMapper.map(
                        new NotRecorded("feed", "at this address (the feed token is unknown or revoked)"))
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<String> atom(String id, String title, String path, List<AuditEntry> events) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeeds.write(base, id, title, path, events));
    }
}
