package org.commitmenttracker.security.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commitmenttracker.eventstore.Recorder;
import org.commitmenttracker.security.Accounts;
import org.commitmenttracker.security.PasswordPolicy;
import org.commitmenttracker.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Accounts, for admins (SecurityConfig guards /admin/**). The rules are those of the API (/api/admin/users): a username
 * of letters, digits and ._@-, a password PasswordPolicy accepts. An admin cannot demote or disable their own account,
 * and nobody can remove the last enabled admin, which could leave nobody to manage the others.
 */
@Controller
class UsersPageController {

    private final Accounts accounts;
    private final Recorder recorder;
    private final PasswordPolicy policy;

    UsersPageController(Accounts accounts, Recorder recorder, PasswordPolicy policy) {
        this.accounts = accounts;
        this.recorder = recorder;
        this.policy = policy;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam Map<String, String> input, Model model) {
        String username = input.getOrDefault("username", "").strip();
        String password = input.getOrDefault("password", "");
        Role role = role(input.get("role"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty() || username.length() > 100 || !username.matches("[A-Za-z0-9._@-]+")) {
            errors.put("username", "users.error.username");
        }
        policy.check(username, password).ifPresent(problem -> errors.put("password", problem.messageKey()));
        if (role == null) {
            errors.put("role", "users.error.role");
        }
        if (errors.isEmpty() && !accounts.create(username, password, role)) {
            errors.put("username", "users.error.exists");
        }
        if (!errors.isEmpty()) {
            return page(model, errors, Map.of("username", username, "role", input.getOrDefault("role", "")), null);
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/users")
                        .queryParam("created", username)
                        .encode()
                        .toUriString();
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @RequestParam Map<String, String> input, Model model) {
        Role role = role(input.get("role"));
        String enabled = input.get("enabled");
        if (role == null || !("true".equals(enabled) || "false".equals(enabled))) {
            return page(model, Map.of(), Map.of(), Map.of(username, "users.error.change"));
        }
        if (username.equals(recorder.signedIn().orElse(null)) && (role != Role.ADMIN || enabled.equals("false"))) {
            return page(model, Map.of(), Map.of(), Map.of(username, "users.error.self"));
        }
        switch (accounts.change(username, role, Boolean.parseBoolean(enabled))) {
            case NO_SUCH_ACCOUNT -> {
                return page(model, Map.of(), Map.of(), Map.of(username, "users.error.unknown"));
            }
            case LAST_ADMIN -> {
                return page(model, Map.of(), Map.of(), Map.of(username, "users.error.lastAdmin"));
            }
            case CHANGED -> {}
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/users")
                        .queryParam("changed", username)
                        .encode()
                        .toUriString();
    }

    private String page(
            Model model, Map<String, String> errors, Map<String, String> input, Map<String, String> rowErrors) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        model.addAttribute("rowErrors", rowErrors == null ? Map.of() : rowErrors);
        return "admin/users";
    }

    private static Role role(String name) {
        try {
            return name == null ? null : Role.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
