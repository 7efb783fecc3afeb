package org.commitmenttracker.eventstore.reconciliation;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shown as "reconciliation" in /actuator/health: DOWN when a read model lost or doubled an event; admins see which. */
@Component
class ReconciliationHealthIndicator implements HealthIndicator {

    private final Reconciliation reconciliation;

    ReconciliationHealthIndicator(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public Health health() {
        Reconciliation.Report report = reconciliation.run();
        Health.Builder health = report.consistent() ? Health.up() : Health.down();
        report.processors()
                .forEach(check -> health.withDetail(
                        check.processor(),
                        java.util.Map.of(
                                "position",
                                check.position(),
                                "stored",
                                check.stored(),
                                "applied",
                                check.applied(),
                                "mismatches",
                                check.mismatches().size())));
        return health.build();
    }
}
