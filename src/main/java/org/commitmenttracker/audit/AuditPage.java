package org.commitmenttracker.audit;

import java.util.List;

/** One page of the audit log. */
public record AuditPage(List<AuditEntry> events, int page, int size, long total) {}
