package org.commitmenttracker.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Only committed first events are remembered: one read inside a transaction that rolls back is forgotten. */
class FirstEventsTest {

    private final FirstEvents firstEvents = new FirstEvents();
    private final EventLookup.FirstEvent session = new EventLookup.FirstEvent("Session", "held");

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionTheAnswerIsKeptAtOnce() {
        firstEvents.remember("s1", session);
        assertThat(firstEvents.get("s1")).contains(session);
        assertThat(firstEvents.get("s2")).isEmpty();
    }

    @Test
    void insideATransactionTheAnswerIsKeptOnlyWhenItCommits() {
        TransactionSynchronizationManager.initSynchronization();
        firstEvents.remember("committed", session);
        firstEvents.remember("rolled-back", session);
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        assertThat(firstEvents.get("committed")).as("not before the commit").isEmpty();

        synchronizations.get(0).afterCommit();
        synchronizations.get(1).afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(firstEvents.get("committed")).contains(session);
        assertThat(firstEvents.get("rolled-back")).isEmpty();
    }
}
