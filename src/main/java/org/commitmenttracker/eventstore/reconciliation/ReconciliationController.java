package org.commitmenttracker.eventstore.reconciliation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** Events stored against events applied, per processor and per aggregate, with every mismatch named. */
    @GetMapping(path = "/api/admin/reconciliation", produces = "application/json")
    Reconciliation.Report report() {
        return reconciliation.run();
    }
}
