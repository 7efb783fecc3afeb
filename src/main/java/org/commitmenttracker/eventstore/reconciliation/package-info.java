/**
 * Checks that every stored event reached every read model: events stored against events applied, per processor and per
 * item.
 */
@NamedInterface("reconciliation")
package org.commitmenttracker.eventstore.reconciliation;

import org.springframework.modulith.NamedInterface;
