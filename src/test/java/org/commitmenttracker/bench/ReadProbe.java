package org.commitmenttracker.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
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
 * java -cp ... org.commitmenttracker.bench.ReadProbe jdbc:postgresql://localhost:5432/ct_test_… 0   (holds it running)
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
            // A kept database's webhook outbox stood still from the benchmark's pre-fill on (CatchUp), so a tracker
            // started on it first reads the million events through that processor: timed meanwhile, every read
            // competed with it for the two cores.
            System.out.println("probe: waiting for the processors to reach the head of the store");
            awaitEveryProcessor(tracker, Duration.ofHours(1));
            if (paths.isEmpty()) {
                // No path: the tracker is left running on the kept database (to time a rebuild or a recomputation by
                // its log, say) until the process is stopped.
                System.out.println("probe: holding the tracker at " + tracker.base + " until stopped");
                Thread.sleep(Long.MAX_VALUE);
            }
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

    /** Every streaming processor (the read models' and the webhook outbox's) caught up in every segment it runs. */
    private static void awaitEveryProcessor(RunningTracker tracker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var processors = tracker.bean(EventProcessingConfiguration.class)
                .eventProcessors()
                .values();
        while (!processors.stream()
                .map(StreamingEventProcessor.class::cast)
                .allMatch(p -> !p.processingStatus().isEmpty()
                        && p.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The processors did not catch up within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
