/** Looks up what the event store already holds, so commands can refuse references to things never recorded. */
@NamedInterface("catalogue")
package org.commitmenttracker.register.catalogue;

import org.springframework.modulith.NamedInterface;
