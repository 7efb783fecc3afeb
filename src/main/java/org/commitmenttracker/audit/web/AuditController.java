package org.commitmenttracker.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.commitmenttracker.audit.AuditFilter;
import org.commitmenttracker.audit.AuditPage;
import org.commitmenttracker.audit.AuditQueries;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log", description = "Every event of every aggregate, by recording range and subject")
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/audit", produces = "application/json")
    @Operation(summary = "Events in store order, filtered by recorded-at range, recorder, item, session and type")
    AuditPage audit(@ParameterObject AuditFilter filter) {
        return queries.page(filter);
    }
}
