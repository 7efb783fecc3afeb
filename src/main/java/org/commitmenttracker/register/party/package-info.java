/** Parties (states, organisations, organs) that act, bind or are assessed; they are data, not enums. */
package org.commitmenttracker.register.party;
