/**
 * Refusals as the domain states them (a field that cannot be read, a rule broken, a thing never recorded, an
 * idempotency key reused); web.problem says how each reaches a client.
 */
package org.commitmenttracker.shared.refusal;
