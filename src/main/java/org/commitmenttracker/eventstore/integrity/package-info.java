/** Tamper evidence for the event store: the per-aggregate hash chain, and the operation that verifies it. */
package org.commitmenttracker.eventstore.integrity;
