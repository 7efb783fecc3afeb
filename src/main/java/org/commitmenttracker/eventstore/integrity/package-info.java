/** Tamper evidence for the event store: the per-aggregate hash chain, and the operation that verifies it. */
@NamedInterface("integrity")
package org.commitmenttracker.eventstore.integrity;

import org.springframework.modulith.NamedInterface;
