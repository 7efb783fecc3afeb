package org.commitmenttracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CommitmentTrackerApplication {

    public static void main(String[] args) {
        // A register that monitors policy should not phone home (GUIDE.md §2).
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommitmentTrackerApplication.class, args);
    }
}
