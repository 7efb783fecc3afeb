/** Looks up what the event store already holds, so commands can refuse references to things never recorded. */
package org.commitmenttracker.register.catalogue;
