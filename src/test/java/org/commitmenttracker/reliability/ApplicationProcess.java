package org.commitmenttracker.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.support.TestDatabase;

/**
 * Runs the application's main method in a JVM of its own, as {@code java -jar} would, so that the exit code a script
 * sees is the one tested. Test classes stay off its class path.
 */
final class ApplicationProcess {

    private ApplicationProcess() {}

    record Outcome(int exitCode, String output) {}

    static Outcome run(TestDatabase database, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                String.join(File.pathSeparator, mainClassPath()),
                CommitmentTrackerApplication.class.getName(),
                "--logging.level.root=WARN"));
        command.addAll(database.applicationArguments());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("commitment-tracker", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "the application did not exit within 180 s:\n" + Files.readString(output));
            }
            return new Outcome(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** This JVM's class path without test classes; Surefire may hide it in a manifest-only jar. */
    private static List<String> mainClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("surefirebooter")) {
                entries.addAll(manifestClassPath(Path.of(entry)));
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().filter(entry -> !entry.contains("test-classes")).toList();
    }

    private static List<String> manifestClassPath(Path jar) throws IOException {
        try (JarFile booter = new JarFile(jar.toFile())) {
            String classPath = booter.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                URI uri = jar.getParent().toUri().resolve(url);
                entries.add(Path.of(uri).toString());
            }
            return entries;
        }
    }
}
