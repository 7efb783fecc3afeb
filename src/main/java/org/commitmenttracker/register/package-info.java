/**
 * The register of who exists: parties (states, organisations, organs), the bodies that hold sessions, and the sessions
 * they held. Sub-packages: {@code party}, {@code body} and {@code session} (aggregate, commands, events),
 * {@code catalogue} (codes, ids and the lookups that say whether something was recorded), {@code query} (the directory
 * read model), {@code web} (its read endpoints).
 */
@ApplicationModule(displayName = "Register")
package org.commitmenttracker.register;

import org.springframework.modulith.ApplicationModule;
