/** Who may read and record: accounts, roles, sign-in, API tokens and the limits on login attempts. */
package org.commitmenttracker.security;
