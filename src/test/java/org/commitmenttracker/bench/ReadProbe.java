package org.commitmenttracker.bench;

import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Times a few reads over HTTP against a database a benchmark kept ({@code bench/run.sh --keep-database}), one request
 * at a time, to look for where a read's time goes without a whole run (issue #17). Connects as the database's app role
 * on a local server with trust authentication, as the benchmark did.
 *
 * <pre>
 * java -cp ... org.commitmenttracker.bench.ReadProbe jdbc:postgresql://localhost:5432/ct_test_… 40 /api/items?size=20 …
 * </pre>
 */
final class ReadProbe {

    private ReadProbe() {}

    public static void main(String[] arguments) throws Exception {
        String url = arguments[0];
        int samples = Integer.parseInt(arguments[1]);
        List<String> paths = Arrays.asList(arguments).subList(2, arguments.length);
        String database = url.substring(url.lastIndexOf('/') + 1);
        TestDatabase attached = new TestDatabase(url, "postgres", "", database + "_app", "trust");
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> application = new java.util.ArrayList<>(attached.applicationArguments());
        application.addAll(List.of(
                "--server.port=0",
                "--tracker.seeds.load-on-start=false",
                "--tracker.security.admin.username=bench-admin",
                "--tracker.security.admin.password=bench-root-password-1",
                "--logging.level.root=WARN"));
        var context = new SpringApplicationBuilder(CommitmentTrackerApplication.class)
                .run(application.toArray(String[]::new));
        try (RunningTracker tracker = RunningTracker.attach(context)) {
            for (String path : paths) {
                for (int i = 0; i < Math.min(samples, 20); i++) {
                    tracker.get(path);
                }
                Latencies latencies = new Latencies();
                for (int i = 0; i < samples; i++) {
                    long start = System.nanoTime();
                    var response = tracker.get(path);
                    latencies.add(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                }
                System.out.printf(
                        "probe %-70s p50 %8.1f ms  p99 %8.1f ms  n=%d%n",
                        path, latencies.p50(), latencies.p99(), samples);
            }
        }
    }
}
