package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** With public read on, anyone may read; recording, admin and personal endpoints still need sign-in. */
@TestPropertySource(properties = "tracker.security.public-read=true")
class PublicReadTest extends IntegrationTest {

    @Autowired
    WebServerApplicationContext server;

    @Test
    void anonymousMayReadButNotRecordOrAdminister() {
        assertThat(anonymous.get("/api/no-such-list").statusCode())
                .as("reads pass security")
                .isEqualTo(404);
        assertThat(anonymous.post("/api/items/pledges", "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/admin/users").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousReadsMakeNoServerSession() {
        var sessions = new ServerSessions(server);
        long before = sessions.created();
        for (int i = 0; i < 20; i++) {
            for (String path : new String[] {"/", "/api/items", "/items"}) {
                var answer = anonymous.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(ServerSessions.setsSessionCookie(answer)).as(path).isFalse();
            }
        }
        assertThat(sessions.created())
                .as("sessions created by 60 anonymous reads")
                .isEqualTo(before);
    }
}
