package org.commitmenttracker;

import java.util.Arrays;
import org.commitmenttracker.eventstore.integrity.IntegrityCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommitmentTrackerApplication {

    public static void main(String[] args) {
        // A register that monitors policy should not phone home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication application = new SpringApplication(CommitmentTrackerApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--seed="))) {
            // Loading a seed file from the command line needs no web server, nor the port of a running tracker.
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        if (IntegrityCommandLine.requested(args)) {
            // A one-off check: no web server, and the exit code says whether the chains hold.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
