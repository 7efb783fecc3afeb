package org.commitmenttracker.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.commitmenttracker.problem.NotRecorded;
import org.commitmenttracker.problem.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage accounts here; passwords are hashed on the way in and never returned. */
@RestController
@RequestMapping(path = "/api/admin/users", produces = "application/json")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account) {
        if (!accounts.create(account.username(), account.password(), account.role())) {
            throw new RuleViolation("An account named " + account.username() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username()))
                .body(new AccountView(account.username(), account.role(), true));
    }

    @PutMapping("/{username}")
    AccountView update(@PathVariable String username, @Valid @RequestBody AccountChange change) {
        if (!accounts.update(username, change.role(), change.enabled())) {
            throw new NotRecorded("account", username);
        }
        return new AccountView(username, change.role(), change.enabled());
    }

    record NewAccount(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
                      @NotBlank @Size(min = 12, max = 200) String password,
                      @NotNull Role role) {
    }

    record AccountChange(@NotNull Role role, @NotNull Boolean enabled) {
    }

    record AccountView(String username, Role role, boolean enabled) {
        static AccountView of(Accounts.Account account) {
            return new AccountView(account.username(), account.role(), account.enabled());
        }
    }
}
