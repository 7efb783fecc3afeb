package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator runs it: a separate JVM started with --seed options, which loads the files (earlier
 * events first), logs progress, stops at a refused file and exits with a status.
 */
class SeedCommandLineTest {

    @TempDir
    Path folder;

    @Test
    void loadsEachFileInOrderAndStopsWithStatusOneAtARefusedFile() throws Exception {
        TestDatabase database = TestDatabase.create();
        MiniSeed good = new MiniSeed();
        MiniSeed bad = new MiniSeed();
        // The good file's session is earlier, so it loads first whatever the random file names.
        Path goodFile =
                Files.writeString(folder.resolve(good.fileName), good.valid().replace("2024-05-01", "2024-04-01"));
        String badYaml = bad.yaml("", """
                  - key: test-status-%s
                    item: test-proposal-%s
                    to: FULFILLED
                    worldDate: {date: 2024-05-02, precision: DAY}
                    line: 4
                """);
        Path badFile = Files.writeString(folder.resolve(bad.fileName), badYaml);
        Path log = folder.resolve("run.log");

        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true",
                CommitmentTrackerApplication.class.getName(),
                "--seed=" + goodFile,
                "--seed=" + badFile,
                "--tracker.seeds.load-on-start=false"));
        command.addAll(database.applicationArguments());
        Process run = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(run.waitFor(3, TimeUnit.MINUTES))
                .as("the seed run exits by itself")
                .isTrue();
        String output = Files.readString(log);

        assertThat(run.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("Seed file " + good.fileName + ": loaded 4/4 records");
        assertThat(output)
                .contains("Seed file " + bad.fileName + " rejected, nothing from it was loaded: record test-status-"
                        + bad.suffix + " (statusChanges[0], line " + MiniSeed.lineOf(badYaml, "- key: test-status-")
                        + "), field to: A proposal cannot move from PROPOSED to FULFILLED");
        assertThat(output).doesNotContain("Tomcat started");
        assertThat(eventsFrom(database, good.fileName)).isEqualTo(4);
        assertThat(eventsFrom(database, bad.fileName)).isZero();
    }

    private static long eventsFrom(TestDatabase database, String seedFile) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.url(), database.username(), database.password());
                var query = connection.prepareStatement("""
                     SELECT count(*) FROM domain_event_entry
                     WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' = ?
                       AND convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' = 'seed-loader'""")) {
            query.setString(1, seedFile);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
