/**
 * The two time axes every read query accepts: asOf (a world date) and knownAt (a recording instant), both defaulting to
 * now.
 */
package org.commitmenttracker.shared.time;
