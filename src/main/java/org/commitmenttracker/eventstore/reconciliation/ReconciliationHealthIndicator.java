package org.commitmenttracker.eventstore.reconciliation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shown as "reconciliation" in /actuator/health: DOWN when a read model lost or doubled an event; admins see which. It
 * reports the latest reconciliation, whether a probe or an admin's GET /api/admin/reconciliation ran it; once that is
 * older than {@code tracker.reconciliation.health-max-age} (a minute by default) a new one runs in the background.
 * Until the first run after a start has ended it is UNKNOWN, which leaves the overall status to the other components;
 * if that run failed, DOWN with the error.
 */
@Component
class ReconciliationHealthIndicator implements HealthIndicator {

    private final Reconciliation reconciliation;
    private final Duration maxAge;

    ReconciliationHealthIndicator(
            Reconciliation reconciliation, @Value("${tracker.reconciliation.health-max-age:PT1M}") Duration maxAge) {
        this.reconciliation = reconciliation;
        this.maxAge = maxAge;
    }

    @Override
    public Health health() {
        var recent = reconciliation.recent(maxAge);
        if (recent.isEmpty()) {
            // No report since the start: DOWN if the count failed, as a probe that ran it itself used to be.
            return reconciliation
                    .lastFailure()
                    .map(failure -> Health.down()
                            .withDetail("error", failure.message())
                            .withDetail("failedAt", failure.at().toString()))
                    .orElseGet(() -> Health.unknown().withDetail("running", "the first count since the start"))
                    .build();
        }
        Reconciliation.Checked checked = recent.get();
        Reconciliation.Report report = checked.report();
        Health.Builder health = report.consistent() ? Health.up() : Health.down();
        health.withDetail("checkedAt", checked.at().toString());
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
