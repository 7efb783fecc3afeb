package org.commitmenttracker.eventstore.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares what each processor applied with what the store holds. A processor may lag, so events past its position, and
 * events in its tokens' gaps (committed after a higher index, not seen yet), only count as "not yet"; fewer applied
 * than stored through its position means an event was skipped (or dead-lettered), more applied than stored means
 * something was applied twice.
 */
@Component
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    /** What each processor writes one row for, per stored event or aggregate it handles. */
    private static final Map<String, Ledger> LEDGERS = Map.of(
            "items",
                    new Ledger(
                            "type = 'Item'", "SELECT item_id AS id, count(*) AS n FROM rm_item_event GROUP BY item_id"),
            "audit",
                    new Ledger(
                            "TRUE",
                            "SELECT aggregate_id AS id, count(*) AS n FROM rm_audit_event GROUP BY aggregate_id"),
            "directory", new Ledger("type IN ('Session', 'Party', 'Body') AND sequence_number = 0", """
                    SELECT session_id AS id, 1 AS n FROM rm_session
                    UNION ALL SELECT 'party:' || code, 1 FROM rm_party
                    UNION ALL SELECT 'body:' || code, 1 FROM rm_body"""));

    private final JdbcClient jdbc;
    private final ProjectionStatus projections;
    private volatile Checked latest;
    private volatile Failure failed;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    Reconciliation(JdbcClient jdbc, ProjectionStatus projections) {
        this.jdbc = jdbc;
        this.projections = projections;
    }

    public Report run() {
        Map<String, ProjectionStatus.Processor> processors = projections.overview().processors().stream()
                .collect(Collectors.toMap(ProjectionStatus.Processor::name, processor -> processor));
        List<ProcessorCheck> checks = LEDGERS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> {
                    ProjectionStatus.Processor processor = processors.get(entry.getKey());
                    return processor == null
                            ? check(entry.getKey(), entry.getValue(), -1, List.of())
                            : check(entry.getKey(), entry.getValue(), processor.position(), processor.gaps());
                })
                .toList();
        Report report =
                new Report(checks.stream().allMatch(check -> check.mismatches().isEmpty()), checks);
        latest = new Checked(report, Instant.now());
        return report;
    }

    /**
     * The latest report; if there is none yet, or it is older than {@code maxAge}, a new run starts in the background
     * and the caller gets the latest one meanwhile: empty until the first run ends. A run counts every stored event and
     * applied row (several passes over a million rows, seconds behind busy readers), so a health probe must neither
     * start one each time nor wait for one (issue #17: /actuator/health took seconds under load, and the first probe
     * after a start waited 20 s for the first count at a million events). The report says when it was taken.
     */
    public Optional<Checked> recent(Duration maxAge) {
        Checked last = latest;
        Failure failure = failed;
        Instant stale = Instant.now().minus(maxAge);
        // Without a report, a failed first count is tried again only after maxAge too, not on every probe.
        boolean due = last == null
                ? failure == null || failure.at().isBefore(stale)
                : last.at().isBefore(stale);
        if (due && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("reconciliation").start(() -> {
                try {
                    run();
                    failed = null;
                } catch (RuntimeException e) {
                    failed = new Failure(String.valueOf(e.getMessage()), Instant.now());
                    log.warn("Reconciliation for health failed; the latest report, if any, stands: {}", e.getMessage());
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return Optional.ofNullable(last);
    }

    /** Why the latest background run failed, if it did (cleared by the next that succeeds). */
    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(failed);
    }

    public record Failure(String message, Instant at) {}

    private ProcessorCheck check(String processor, Ledger ledger, long position, List<Long> gaps) {
        Map<String, long[]> stored = jdbc
                .sql("SELECT aggregate_identifier, count(*), "
                        + "count(*) FILTER (WHERE global_index <= ? AND global_index <> ALL (?::bigint[])) "
                        + "FROM domain_event_entry WHERE " + ledger.storedFilter() + " GROUP BY aggregate_identifier")
                .param(position)
                .param(ProjectionStatus.arrayLiteral(gaps))
                .query((rs, row) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> applied = jdbc
                .sql(ledger.appliedQuery())
                .query((rs, row) -> Map.entry(rs.getString("id"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
        List<Mismatch> mismatches = java.util.stream.Stream.concat(stored.keySet().stream(), applied.keySet().stream())
                .distinct()
                .map(id -> mismatch(id, stored.getOrDefault(id, new long[] {0, 0}), applied.getOrDefault(id, 0L)))
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Mismatch::aggregateId))
                .toList();
        long storedTotal =
                stored.values().stream().mapToLong(counts -> counts[0]).sum();
        long appliedTotal = applied.values().stream().mapToLong(Long::longValue).sum();
        return new ProcessorCheck(processor, position, storedTotal, appliedTotal, mismatches);
    }

    private static Mismatch mismatch(String id, long[] stored, long applied) {
        if (applied < stored[1]) {
            return new Mismatch(id, stored[0], applied, "events up to the processor's position were not applied");
        }
        if (applied > stored[0]) {
            return new Mismatch(id, stored[0], applied, "more applied than stored");
        }
        return null;
    }

    private record Ledger(String storedFilter, String appliedQuery) {}

    public record Report(boolean consistent, List<ProcessorCheck> processors) {}

    /** A report and when it was taken. */
    public record Checked(Report report, Instant at) {}

    public record ProcessorCheck(
            String processor, long position, long stored, long applied, List<Mismatch> mismatches) {}

    public record Mismatch(String aggregateId, long stored, long applied, String problem) {}
}
