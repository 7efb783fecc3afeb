package org.commitmenttracker.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one event's writes under a savepoint of the processor's transaction. On PostgreSQL a failed
 * statement poisons the whole transaction; without the savepoint, Axon could not even write the dead
 * letter (or the token) afterwards and would retry the batch for ever. Rolling back to the savepoint
 * also guarantees that a failed event leaves no half-written rows behind.
 */
@Component
public class ProjectionWrites {

    private final TransactionTemplate savepoint;

    ProjectionWrites(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void atomically(Runnable writes) {
        savepoint.executeWithoutResult(status -> writes.run());
    }

    /** The JDBC driver binds OffsetDateTime to timestamptz, but not Instant. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
