package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class RecordingSmokeTest extends IntegrationTest {

    @Test
    void recordsAPledgeAtASession() {
        String code = "S" + Fixtures.newId().substring(0, 6).toUpperCase();
        assertThat(api.post("/api/parties", Fixtures.party(code)).statusCode()).isEqualTo(201);
        HttpResponse<String> body = api.post("/api/bodies", Fixtures.body("B" + code, code));
        assertThat(body.statusCode()).as(body.body()).isEqualTo(201);
        String sessionId = Fixtures.newId();
        HttpResponse<String> session = api.post("/api/sessions", Fixtures.session(sessionId, "B" + code, "2022-01-10", code));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        HttpResponse<String> pledge = api.post("/api/items/pledges", Fixtures.pledge(sessionId, code, "2022-01-10"));
        assertThat(pledge.statusCode()).as(pledge.body()).isEqualTo(201);
        assertThat(pledge.headers().firstValue("ETag")).hasValue("\"0\"");
    }
}
