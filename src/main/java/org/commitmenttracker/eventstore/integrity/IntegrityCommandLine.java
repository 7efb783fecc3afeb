package org.commitmenttracker.eventstore.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Two one-off checks; the application's main method starts no web server for them and exits with
 * {@link #getExitCode()}:
 *
 * <ul>
 *   <li>{@code --verify-integrity} prints the chain report and exits 0 when every chain holds, 1 when one does not;
 *   <li>{@code --verify-checkpoint=checkpoint.json --public-key=tracker.pem} exits 0 when the register still extends
 *       that earlier signed checkpoint, 1 when it does not (or the signature fails), 2 when a file cannot be read.
 * </ul>
 */
@Component
public class IntegrityCommandLine implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "verify-integrity";
    public static final String CHECKPOINT_OPTION = "verify-checkpoint";
    public static final String KEY_OPTION = "public-key";

    private final IntegrityVerifier verifier;
    private final CheckpointVerifier checkpoints;
    private int exitCode;

    IntegrityCommandLine(IntegrityVerifier verifier, CheckpointVerifier checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    public static boolean requested(String[] args) {
        return Arrays.stream(args)
                .anyMatch(arg -> arg.equals("--" + OPTION) || arg.startsWith("--" + CHECKPOINT_OPTION + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(CHECKPOINT_OPTION)) {
            verifyCheckpoint(args.getOptionValues(CHECKPOINT_OPTION), args.getOptionValues(KEY_OPTION));
            return;
        }
        if (!args.containsOption(OPTION)) {
            return;
        }
        IntegrityReport report = verifier.verify();
        System.out.println(report.describe());
        exitCode = report.intact() ? 0 : 1;
    }

    private void verifyCheckpoint(List<String> checkpointFiles, List<String> keyFiles) {
        if (checkpointFiles == null || checkpointFiles.size() != 1 || keyFiles == null || keyFiles.size() != 1) {
            System.out.println("Usage: --verify-checkpoint=<checkpoint.json> --public-key=<public-key.pem>");
            exitCode = 2;
            return;
        }
        String checkpoint;
        String key;
        try {
            checkpoint = Files.readString(Path.of(checkpointFiles.getFirst()), StandardCharsets.UTF_8);
            key = Files.readString(Path.of(keyFiles.getFirst()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            System.out.println("Cannot read " + e.getMessage());
            exitCode = 2;
            return;
        }
        try {
            CheckpointVerifier.Outcome outcome = checkpoints.verify(checkpoint, key);
            System.out.println(outcome.describe());
            exitCode = outcome.extended() ? 0 : 1;
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException unreadable) {
            System.out.println("Checkpoint NOT VERIFIED: the file cannot be read as a checkpoint or key: "
                    + unreadable.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
