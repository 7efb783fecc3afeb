/**
 * The audit log: every event of every aggregate, who recorded it and when, filterable by range and subject; {@code web}
 * holds its endpoint and page.
 */
@ApplicationModule(displayName = "Audit")
package org.commitmenttracker.audit;

import org.springframework.modulith.ApplicationModule;
