package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A TRACKER_ADMIN_PASSWORD that breaks the password rules stops the start with one line saying why. */
@ExtendWith(OutputCaptureExtension.class)
class WeakAdminPasswordTest {

    @Test
    void aCommonAdminPasswordStopsTheStart(CapturedOutput output) {
        TestDatabase database = TestDatabase.create();
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommitmentTrackerApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.username(),
                                "--spring.datasource.password=" + database.password(),
                                "--tracker.seeds.load-on-start=false",
                                "--tracker.security.admin.password=qwerty123456"))
                .hasRootCauseInstanceOf(FirstAdmin.WeakAdminPassword.class);
        assertThat(output.getAll())
                .contains(
                        "TRACKER_ADMIN_PASSWORD is one of the most common passwords; choose another; refusing to start.")
                .doesNotContain("qwerty123456");
    }
}
