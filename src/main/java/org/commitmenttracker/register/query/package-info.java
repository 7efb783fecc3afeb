/**
 * Read model of sessions, parties and bodies: who met when, who chaired, who the parties are, and who was a member of
 * which body when ({@link org.commitmenttracker.register.query.Directory}, which the party pages read).
 */
@NamedInterface("query")
package org.commitmenttracker.register.query;

import org.springframework.modulith.NamedInterface;
