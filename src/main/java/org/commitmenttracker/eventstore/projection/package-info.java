/**
 * Running the read models: processor names, the savepoint every projection handler writes under, catch-up status, dead
 * letters, and the admin rebuild that replays the whole event store.
 */
@NamedInterface("projection")
package org.commitmenttracker.eventstore.projection;

import org.springframework.modulith.NamedInterface;
