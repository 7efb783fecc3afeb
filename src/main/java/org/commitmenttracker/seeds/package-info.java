/** Loads the seed dataset (seeds/*.yaml) through the same commands, validation and events as a monitor's input. */
package org.commitmenttracker.seeds;
