/** Parties (states, organisations, organs) that act, bind or are assessed; they are data, not enums. */
@NamedInterface("party")
package org.commitmenttracker.register.party;

import org.springframework.modulith.NamedInterface;
