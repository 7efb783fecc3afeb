/**
 * Monitors' daily work on top of the read models and the audit log: what each user follows (items, parties, bodies,
 * themes, saved item searches), what changed since the user last looked, and what falls due. It records no facts;
 * {@code web} holds its endpoints and page.
 */
@ApplicationModule(displayName = "Watch")
package org.commitmenttracker.watch;

import org.springframework.modulith.ApplicationModule;
