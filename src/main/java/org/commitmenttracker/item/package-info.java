/**
 * Decisions, proposals, pledges and stated positions: one aggregate for all kinds, so follow-ups, assessments, links
 * and corrections are written once, while each kind keeps its own lifecycle (a stated position's has no moves). This
 * package is the module's API (commands, events, value types); {@code query} is the item read model, {@code session}
 * the items of a session, {@code narrative} events told in words, and {@code web} the item and session pages and query
 * endpoints.
 */
@ApplicationModule(displayName = "Items")
package org.commitmenttracker.item;

import org.springframework.modulith.ApplicationModule;
