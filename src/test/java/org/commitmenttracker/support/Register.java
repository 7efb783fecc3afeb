package org.commitmenttracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

/** Sets up the parties, body and session most command tests start from, through the real API. */
public final class Register {

    public final String party;
    public final String other;
    public final String body;
    public final String session2019;
    public final String session2022;

    public Register(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        party = "P" + suffix;
        other = "Q" + suffix;
        body = "B" + suffix;
        session2019 = UUID.randomUUID().toString();
        session2022 = UUID.randomUUID().toString();
        created(api.post("/api/parties", Fixtures.party(party)));
        created(api.post("/api/parties", Fixtures.party(other)));
        created(api.post("/api/bodies", Fixtures.body(body, party, other)));
        created(api.post("/api/sessions", Fixtures.session(session2019, body, "2019-11-28", party)));
        created(api.post("/api/sessions", Fixtures.session(session2022, body, "2022-01-10", party)));
    }

    public static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }
}
