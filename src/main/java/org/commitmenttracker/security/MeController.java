package org.commitmenttracker.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.problem.NotRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.http.ResponseEntity;
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

    MeController(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    AccountsController.AccountView whoAmI(Principal principal) {
        return accounts.find(principal.getName()).map(AccountsController.AccountView::of).orElseThrow();
    }

    /** For scripts that drive the web session: the CSRF token to send as a header with state-changing requests. */
    @GetMapping("/csrf")
    CsrfToken csrf(CsrfToken token) {
        return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(Principal principal, @Valid @RequestBody NewPassword body) {
        accounts.changePassword(principal.getName(), body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    List<ApiTokens.TokenInfo> myTokens(Principal principal) {
        return tokens.of(principal.getName());
    }

    /** The token is in this answer only; it cannot be shown again. */
    @PostMapping("/tokens")
    ResponseEntity<ApiTokens.IssuedToken> issue(Principal principal, @Valid @RequestBody TokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(principal.getName(), request.name()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(Principal principal, @PathVariable UUID id) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new NotRecorded("token", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    record NewPassword(@NotBlank @Size(min = 12, max = 200) String password) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }
}
