package org.commitmenttracker.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token store as Axon's auto-configuration builds it, except that the node's name can be set. Several tracker nodes
 * on one database share token_entry: a segment belongs to the node whose name is in its owner column, and a node that
 * stops renewing its claims loses them after the claim timeout. Axon names a node after its JVM (pid@host), which is
 * unique for separate processes; two nodes inside one JVM (a test) must be given names of their own.
 */
@EnableConfigurationProperties(TokenStoreProperties.class)
@Configuration(proxyBeanMethods = false)
class TokenStoreConfig {

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connections,
            Serializer serializer,
            TokenSchema schema,
            NodeName node,
            TokenStoreProperties axonTokenStore) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .nodeId(node.value())
                .claimTimeout(axonTokenStore.getClaimTimeout())
                .build();
    }

    @Bean
    NodeName nodeName(EventStoreProperties.Node node) {
        return NodeName.of(node.name());
    }
}
