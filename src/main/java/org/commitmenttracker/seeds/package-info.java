/**
 * Loads the seed dataset (seeds/*.yaml) through the same commands, validation and events as a monitor's input;
 * {@code web} holds the admin endpoint.
 */
@ApplicationModule(displayName = "Seeds")
package org.commitmenttracker.seeds;

import org.springframework.modulith.ApplicationModule;
