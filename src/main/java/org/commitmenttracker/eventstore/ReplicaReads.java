package org.commitmenttracker.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Queries from a streaming replica, commands and everything else from the primary.
 *
 * <p>With {@code tracker.datasource.replica.url} set, the application's DataSource becomes a router: a GET or HEAD
 * request's controller and page (not its sign-in, which ran before) take connections from the replica; commands, the
 * event processors, Flyway and every background task stay on the primary, because nothing marks their threads. The
 * router is the DataSource bean itself, so the transaction manager and Axon see the same connection a request or a
 * batch was given. The replica's read models are the primary's, replayed: a query that carries a command's position
 * (read-your-writes) waits until the replica has replayed past it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tracker.datasource.replica.url")
class ReplicaReads implements WebMvcConfigurer {

    private static final ThreadLocal<Boolean> QUERYING = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor replicaRouting(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                // Flyway derives its owner connection from the DataSource bean unless it has a URL of its
                // own, and a router cannot be derived from: give it the primary's URL, and the datasource's
                // role when no owner is named (with a URL of its own Flyway no longer falls back to it).
                if (bean instanceof FlywayProperties flyway && flyway.getUrl() == null) {
                    flyway.setUrl(environment.getProperty("spring.datasource.url"));
                    if (flyway.getUser() == null) {
                        flyway.setUser(environment.getProperty("spring.datasource.username"));
                        flyway.setPassword(environment.getProperty("spring.datasource.password"));
                    }
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
                    return bean;
                }
                Router router = new Router();
                router.setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica(environment)));
                router.setDefaultTargetDataSource(primary);
                router.afterPropertiesSet();
                return router;
            }
        };
    }

    private static HikariDataSource replica(Environment environment) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(environment.getRequiredProperty("tracker.datasource.replica.url"));
        replica.setUsername(environment.getProperty(
                "tracker.datasource.replica.username", environment.getProperty("spring.datasource.username", "")));
        replica.setPassword(environment.getProperty(
                "tracker.datasource.replica.password", environment.getProperty("spring.datasource.password", "")));
        replica.setReadOnly(true);
        replica.setConnectionTimeout(5000);
        replica.setMaximumPoolSize(
                environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
        replica.setConnectionInitSql(environment.getProperty("spring.datasource.hikari.connection-init-sql"));
        return replica;
    }

    /** Marks the request's thread before every other interceptor, so read-your-writes waits on the replica too. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                            QUERYING.set(Boolean.TRUE);
                        }
                        return true;
                    }

                    @Override
                    public void afterCompletion(
                            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                        QUERYING.remove();
                    }
                })
                .order(Ordered.HIGHEST_PRECEDENCE);
    }

    private enum Target {
        PRIMARY,
        REPLICA
    }

    private static final class Router extends AbstractRoutingDataSource {
        @Override
        protected Object determineCurrentLookupKey() {
            return Boolean.TRUE.equals(QUERYING.get()) ? Target.REPLICA : Target.PRIMARY;
        }
    }
}
