package org.commitmenttracker.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Carries who-recorded-it metadata from commands onto their events; gives the processors their transactions. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Copies the recorder from the command to every event it causes, so the audit trail names them. */
    @Bean
    CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(RecorderMetadata.RECORDED_BY, RecorderMetadata.SOURCE_CHANNEL);
    }

    /**
     * Axon's work (command handling, event appends, each processor batch) runs in Spring transactions: a batch's
     * read-model rows, its token and any dead letters commit together or not at all. Axon's auto-configuration would
     * pick a no-op transaction manager here, because it looks for Spring's transaction manager before Boot has declared
     * it (the same ordering problem as the DataSource, see DataSourceConfig); PostgreSQL's statement log showed every
     * statement committing on its own.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }
}
