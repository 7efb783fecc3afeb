/** Checks that every stored event reached every read model: events stored against events applied, per processor and per item. */
package org.commitmenttracker.eventstore.reconciliation;
