package org.commitmenttracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the figures were measured on: they mean little without it. */
final class Machine {

    private Machine() {}

    static Map<String, String> describe(JdbcClient jdbc) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(
                "CPU",
                firstLine("/proc/cpuinfo", "model name").replaceFirst(".*:\\s*", "") + " ("
                        + Runtime.getRuntime().availableProcessors() + " cores available to the JVM)");
        details.put("Memory", firstLine("/proc/meminfo", "MemTotal").replaceFirst(".*:\\s*", ""));
        details.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        details.put(
                "Java",
                System.getProperty("java.vm.name") + " " + Runtime.version() + ", max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        details.put(
                "PostgreSQL",
                jdbc.sql("SELECT version()").query(String.class).single().replaceFirst(" on .*", "")
                        + "; shared_buffers " + setting(jdbc, "shared_buffers") + ", synchronous_commit "
                        + setting(jdbc, "synchronous_commit")
                        + ", fsync " + setting(jdbc, "fsync"));
        return details;
    }

    private static String setting(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT current_setting(?)")
                .param(name)
                .query(String.class)
                .single();
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(prefix))
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
