package org.commitmenttracker.eventstore.projection;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the read-model processors handle their dead letters and transactions.
 *
 * <p>A rebuild replays every event, including those once dead-lettered, so resetting a processor must also empty its
 * dead-letter queue; Axon keeps the queue on reset unless told otherwise.
 *
 * <p>Before each event, a processor (the webhook outbox's too) asks whether an earlier event of the same item is
 * dead-lettered (its sequence must wait behind it): one query per event per processor, 3,600 of them while 2,000
 * commands were recorded in the JFR profile (BENCHMARKS.md). Axon's sequence-identifier cache answers from memory
 * instead; it is kept per segment, which only one node processes at a time, and still asks the queue about any sequence
 * it has seen enqueued.
 *
 * <p>The processors' transactions commit asynchronously: see {@link ReadModelTransactions}.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessingConfig {

    @Bean
    ConfigurerModule readModelProcessing(TransactionManager transactions, JdbcClient jdbc) {
        TransactionManager readModelTransactions = new ReadModelTransactions(transactions, jdbc);
        return configurer -> {
            ProcessingGroups.ALL.forEach(group -> configurer
                    .eventProcessing()
                    .registerTransactionManager(group, config -> readModelTransactions)
                    .registerDeadLetteringEventHandlerInvokerConfiguration(
                            group, (config, builder) -> builder.allowReset(true).enableSequenceIdentifierCache()));
            // The webhook outbox asked the queue about every event too (1,072 waits in the second profile, issue #17).
            // It keeps its synchronous commits and is never reset.
            configurer
                    .eventProcessing()
                    .registerDeadLetteringEventHandlerInvokerConfiguration(
                            ProcessingGroups.WEBHOOKS, (config, builder) -> builder.enableSequenceIdentifierCache());
        };
    }
}
