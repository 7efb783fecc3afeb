package org.commitmenttracker.eventstore;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL refuses to run as root, and zonky's failure is a long stack trace. This listener runs once every property
 * source (tests' included) is in place but before any bean is created, and stops the tracker with one line that says
 * what to do instead.
 */
public class EmbeddedPostgresGuard implements ApplicationListener<ApplicationPreparedEvent> {

    static final String ROOT_MESSAGE = "Commitment Tracker: the embedded PostgreSQL cannot run as root; "
            + "point the tracker at a PostgreSQL server instead, e.g. "
            + "SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/postgres SPRING_DATASOURCE_USERNAME=postgres ./mvnw spring-boot:run";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        boolean datasourceConfigured = StringUtils.hasText(
                event.getApplicationContext().getEnvironment().getProperty("spring.datasource.url"));
        if (!datasourceConfigured && "root".equals(System.getProperty("user.name"))) {
            System.err.println(ROOT_MESSAGE);
            System.exit(78); // EX_CONFIG: the configuration, not the program, is at fault.
        }
    }
}
