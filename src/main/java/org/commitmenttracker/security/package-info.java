/**
 * Who may read and record: accounts, roles, sign-in, API tokens and the limits on login attempts; {@code web} holds the
 * user admin page.
 */
@ApplicationModule(displayName = "Security")
package org.commitmenttracker.security;

import org.springframework.modulith.ApplicationModule;
