/** The audit log: every event of every aggregate, who recorded it and when, filterable by range and subject. */
package org.commitmenttracker.audit;
