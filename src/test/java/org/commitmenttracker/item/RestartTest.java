package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** After a restart every aggregate is rebuilt from its events and accepts further commands. */
class RestartTest {

    @Test
    void stateSurvivesARestartOfTheApplication() {
        TestDatabase database = TestDatabase.create();
        String item;
        Register register;
        try (ConfigurableApplicationContext first = start(database)) {
            Api api = api(first);
            register = new Register(api);
            item = Register.created(api.post(
                    "/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
            assertThat(api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"))
                            .statusCode())
                    .isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start(database)) {
            Api api = api(second);
            HttpResponse<String> illegal =
                    api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"));
            assertThat(illegal.statusCode())
                    .as("state after restart is IN_PROGRESS")
                    .isEqualTo(409);
            HttpResponse<String> fulfilled =
                    api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("FULFILLED"));
            assertThat(fulfilled.statusCode()).as(fulfilled.body()).isEqualTo(200);
            assertThat(fulfilled.headers().firstValue("ETag")).hasValue("\"2\"");
            assertThat(api.post(
                                    "/api/items/pledges",
                                    Fixtures.pledge(register.session2022, register.party, "2022-01-10"))
                            .statusCode())
                    .as("sessions and parties recorded before the restart are still known")
                    .isEqualTo(201);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database) {
        java.util.List<String> arguments = new java.util.ArrayList<>(database.applicationArguments());
        arguments.addAll(java.util.List.of(
                "--server.port=0",
                "--tracker.seeds.load-on-start=false",
                "--tracker.security.admin.password=" + IntegrationTest.ADMIN_PASSWORD));
        return new SpringApplicationBuilder(CommitmentTrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:"
                        + ((WebServerApplicationContext) context).getWebServer().getPort())
                .as(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }
}
