package org.commitmenttracker.eventstore.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The processors' transactions, committed without waiting for the write-ahead log to reach the disk
 * ({@code synchronous_commit = off} for that transaction only). The JFR profile of the write path (BENCHMARKS.md)
 * showed the three processors committing about as often as the writers, each commit a WAL flush that the writers'
 * commits queue behind on the same disk and two cores.
 *
 * <p>Nothing acknowledged can be lost this way: the events themselves are appended by the command's own transaction,
 * which still commits synchronously. A processor transaction holds read-model rows, the processor's token and any dead
 * letters together, and PostgreSQL keeps an asynchronous commit atomic and in order: after a crash, the last few
 * milliseconds of processor commits are gone as a whole, rows and token alike, and the processor simply handles those
 * events again from its older token.
 */
final class ReadModelTransactions implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcClient jdbc;

    ReadModelTransactions(TransactionManager transactions, JdbcClient jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        // Joining someone else's transaction (a command's) must leave its commit as durable as it was.
        boolean joining = TransactionSynchronizationManager.isActualTransactionActive();
        Transaction transaction = transactions.startTransaction();
        if (!joining) {
            try {
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
        return transaction;
    }
}
