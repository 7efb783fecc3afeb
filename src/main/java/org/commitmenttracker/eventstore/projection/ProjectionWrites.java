package org.commitmenttracker.eventstore.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the read-model rows of one event, in one of two ways.
 *
 * <p><b>Batched</b> (the normal case): inside a processor's batch, the rows are only collected, and the whole batch's
 * rows are sent when the batch commits, one JDBC batch per statement (BENCHMARKS.md: a rebuild was bound by round
 * trips, several per event).
 *
 * <p><b>One event at a time</b>: if sending a batch's rows fails, the batch is rolled back and the processor retries
 * it; until that retry commits, each event's rows are written at once under a savepoint of the processor's transaction.
 * The event whose rows fail then fails in its own handler, so Axon sends exactly that event (and the later events of
 * its item) to the dead-letter queue, and the savepoint leaves no half-written rows and keeps the transaction usable
 * for the token and the dead letter. Dead letters being retried, which run outside a batch, are always written this
 * way.
 */
@Component
public class ProjectionWrites {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWrites.class);

    private final TransactionTemplate savepoint;
    private final JdbcTemplate jdbc;
    private final Set<String> oneAtATime = ConcurrentHashMap.newKeySet();

    ProjectionWrites(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.jdbc = jdbc;
    }

    /** Writes one event's rows for the read models of a processing group. */
    public void write(String processingGroup, Consumer<Rows> rows) {
        UnitOfWork<?> batch =
                CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
        if (batch instanceof BatchingUnitOfWork<?> && !oneAtATime.contains(processingGroup)) {
            rows.accept(batchedRows(batch, processingGroup));
            return;
        }
        if (batch instanceof BatchingUnitOfWork<?>) {
            batch.getOrComputeResource("ProjectionWrites.recovery." + processingGroup, key -> {
                batch.afterCommit(committed -> oneAtATime.remove(processingGroup));
                return Boolean.TRUE;
            });
        }
        Rows immediate = new ImmediateRows(jdbc);
        savepoint.executeWithoutResult(status -> rows.accept(immediate));
    }

    private BatchedRows batchedRows(UnitOfWork<?> batch, String processingGroup) {
        return batch.getOrComputeResource("ProjectionWrites.rows." + processingGroup, key -> {
            BatchedRows rows = new BatchedRows();
            batch.onPrepareCommit(committing -> send(rows, processingGroup));
            return rows;
        });
    }

    private void send(BatchedRows rows, String processingGroup) {
        try {
            rows.sendTo(jdbc);
        } catch (RuntimeException e) {
            oneAtATime.add(processingGroup);
            log.warn(
                    "Read-model rows of a {} batch were refused ({}); the batch is rolled back and will be retried one event"
                            + " at a time, so that the failing event goes to the dead-letter queue",
                    processingGroup,
                    e.getMessage());
            throw e;
        }
    }

    /** The JDBC driver binds OffsetDateTime to timestamptz, but not Instant. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
