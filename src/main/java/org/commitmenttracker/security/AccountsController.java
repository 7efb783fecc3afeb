package org.commitmenttracker.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins manage accounts here; passwords are hashed on the way in and never returned. An admin cannot demote or disable
 * their own account, and nobody can remove the last enabled admin.
 */
@RestController
@RequestMapping(path = "/api/admin/users", produces = "application/json")
class AccountsController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordPolicy policy;

    AccountsController(Accounts accounts, ApiTokens tokens, PasswordPolicy policy) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account) {
        policy.check(account.username(), account.password()).ifPresent(problem -> {
            throw new InvalidField("password", problem.reason());
        });
        if (!accounts.create(account.username(), account.password(), account.role())) {
            throw new RuleViolation("An account named " + account.username() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username()))
                .body(new AccountView(account.username(), account.role(), true));
    }

    @PutMapping("/{username}")
    AccountView update(Principal admin, @PathVariable String username, @Valid @RequestBody AccountChange change) {
        if (username.equals(admin.getName()) && (change.role() != Role.ADMIN || !change.enabled())) {
            throw new RuleViolation("You cannot demote or disable your own account; another admin can.");
        }
        switch (accounts.change(username, change.role(), change.enabled())) {
            case NO_SUCH_ACCOUNT -> throw new NotRecorded("account", username);
            case LAST_ADMIN ->
                throw new RuleViolation(username + " is the last enabled admin; make another admin first.");
            case CHANGED -> {}
        }
        return new AccountView(username, change.role(), change.enabled());
    }

    @GetMapping("/{username}/tokens")
    List<ApiTokens.TokenInfo> tokens(@PathVariable String username) {
        if (accounts.find(username).isEmpty()) {
            throw new NotRecorded("account", username);
        }
        return tokens.of(username);
    }

    @DeleteMapping("/{username}/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable String username, @PathVariable UUID id) {
        if (!tokens.revoke(username, id)) {
            throw new NotRecorded("token", id.toString());
        }
        return ResponseEntity.noContent().build();
    }

    record NewAccount(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotNull String password,
            @NotNull Role role) {}

    record AccountChange(@NotNull Role role, @NotNull Boolean enabled) {}

    record AccountView(String username, Role role, boolean enabled) {
        static AccountView of(Accounts.Account account) {
            return new AccountView(account.username(), account.role(), account.enabled());
        }
    }
}
