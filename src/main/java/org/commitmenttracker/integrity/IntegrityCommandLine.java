package org.commitmenttracker.integrity;

import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar commitment-tracker.jar --verify-integrity} prints the report and exits 0 when
 * every chain holds, 1 when one does not. The application's main method starts no web server in
 * this mode and exits with {@link #getExitCode()}.
 */
@Component
public class IntegrityCommandLine implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "verify-integrity";

    private final IntegrityVerifier verifier;
    private int exitCode;

    IntegrityCommandLine(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains("--" + OPTION);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        IntegrityReport report = verifier.verify();
        System.out.println(report.describe());
        exitCode = report.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
