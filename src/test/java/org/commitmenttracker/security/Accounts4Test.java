package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.Api;

/** Creates the viewer and editor accounts tests sign in with (idempotently: the database is shared). */
final class Accounts4Test {

    static final String PASSWORD = "test-password-123";

    private Accounts4Test() {}

    static Api signedIn(Api admin, Api anonymous, Role role) {
        String username = "test-" + role.name().toLowerCase();
        int status = admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "role": "%s"}""".formatted(username, PASSWORD, role))
                .statusCode();
        assertThat(status).isIn(201, 409);
        return anonymous.as(username, PASSWORD);
    }
}
