package org.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: who am I, my password, my API tokens. */
@RestController
@RequestMapping(path = "/api/me", produces = "application/json")
class MeController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final LoginAttempts attempts;

    MeController(
            Accounts accounts,
            ApiTokens tokens,
            PasswordPolicy policy,
            AccountSessions sessions,
            LoginAttempts attempts) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.sessions = sessions;
        this.attempts = attempts;
    }

    @GetMapping
    AccountsController.AccountView whoAmI(Principal principal) {
        return accounts.find(principal.getName())
                .map(AccountsController.AccountView::of)
                .orElseThrow();
    }

    /** For scripts that drive the web session: the CSRF token to send as a header with state-changing requests. */
    @GetMapping("/csrf")
    CsrfToken csrf(CsrfToken token) {
        return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    /**
     * Needs the current password, so a session left open cannot be turned into a lasting takeover; wrong guesses count
     * against the sign-in limits. Every other session of the account ends; the one making the change stays signed in,
     * under a new session id.
     */
    @PutMapping("/password")
    ResponseEntity<Void> changePassword(
            Principal principal,
            @Valid @RequestBody NewPassword body,
            HttpServletRequest request,
            HttpServletResponse response) {
        String username = principal.getName();
        String address = request.getRemoteAddr();
        if (attempts.blockedFor(username, address).isPresent()) {
            throw new InvalidField("currentPassword", "too many wrong passwords; try again in a minute");
        }
        if (!accounts.passwordMatches(username, body.currentPassword())) {
            attempts.failed(username, address);
            throw new InvalidField("currentPassword", "is not the current password of this account");
        }
        policy.check(username, body.password()).ifPresent(problem -> {
            throw new InvalidField("password", problem.reason());
        });
        long stamp = accounts.changePassword(username, body.password()).orElseThrow();
        SignedInAccount session = sessions.signedInBySession(request);
        if (session != null && session.getUsername().equals(username)) {
            request.changeSessionId();
            Accounts.Account account = accounts.find(username).orElseThrow();
            sessions.replace(
                    request, response, new Accounts.Account(username, "", account.role(), account.enabled(), stamp));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    List<ApiTokens.TokenInfo> myTokens(Principal principal) {
        return tokens.of(principal.getName());
    }

    /** The token is in this answer only; it cannot be shown again. */
    @PostMapping("/tokens")
    ResponseEntity<ApiTokens.IssuedToken> issue(Principal principal, @Valid @RequestBody TokenRequest request) {
        Duration lifetime = tokens.lifetime();
        if (request.expiresInDays() != null) {
            Duration asked = Duration.ofDays(request.expiresInDays());
            if (asked.compareTo(lifetime) > 0) {
                throw new InvalidField("expiresInDays", "must be at most " + lifetime.toDays() + " days");
            }
            lifetime = asked;
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.issue(principal.getName(), request.name(), lifetime));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(Principal principal, @PathVariable UUID id) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new NotRecorded("token", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    record NewPassword(
            @NotNull String currentPassword, @NotBlank String password) {}

    /** @param expiresInDays optional: a shorter life than the configured token lifetime */
    record TokenRequest(
            @NotBlank @Size(max = 100) String name,
            @Positive Integer expiresInDays) {}
}
