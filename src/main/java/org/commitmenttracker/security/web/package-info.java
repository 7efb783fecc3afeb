/** The admin page for accounts: list them, create one, change a role or disable an account. */
package org.commitmenttracker.security.web;
