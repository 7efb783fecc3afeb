package org.commitmenttracker.watch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.watch.DigestMailer;
import org.commitmenttracker.watch.MailDigests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mail digest of what I follow, through the API as on the feed-tokens page: the address and language it goes to.
 * Mail is only sent when the tracker has a mail server; {@code mailConfigured} says whether it has.
 */
@RestController
@RequestMapping(path = "/api/me/mail-digest", produces = "application/json")
@Tag(name = "Watchlist", description = "What the signed-in user follows and what changed since the last visit")
class MailDigestController {

    private final MailDigests digests;
    private final ObjectProvider<DigestMailer> mailer;

    MailDigestController(MailDigests digests, ObjectProvider<DigestMailer> mailer) {
        this.digests = digests;
        this.mailer = mailer;
    }

    @Schema(requiredProperties = {"email"})
    record MailDigestRequest(
            @Schema(example = "monitor@example.org") String email,

            @Schema(description = "en (default) or ru", example = "ru")
            String language) {}

    /** @param sentUpTo when the last digest went (or the subscription began): later projected events go in the next */
    record MailDigest(String email, String language, Instant sentUpTo, boolean mailConfigured) {}

    @GetMapping
    @Operation(summary = "My e-mail digest subscription; 404 if I have none")
    MailDigest mine(Principal principal) {
        return digests.of(principal.getName())
                .map(this::answer)
                .orElseThrow(() -> new NotRecorded("mail digest of", principal.getName()));
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Send me the digest at this address, in this language (from now on)")
    MailDigest subscribe(Principal principal, @RequestBody MailDigestRequest request) {
        return answer(digests.subscribe(principal.getName(), request.email(), request.language()));
    }

    @DeleteMapping
    @Operation(summary = "Stop my e-mail digest")
    ResponseEntity<Void> stop(Principal principal) {
        if (!digests.unsubscribe(principal.getName())) {
            throw new NotRecorded("mail digest of", principal.getName());
        }
        return ResponseEntity.noContent().build();
    }

    private MailDigest answer(MailDigests.Subscription subscription) {
        return new MailDigest(
                subscription.email(),
                subscription.language(),
                subscription.sentUpTo(),
                mailer.getIfAvailable() != null);
    }
}
