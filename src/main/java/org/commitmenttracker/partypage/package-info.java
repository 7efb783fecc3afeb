/** The party pages: each party's items by status and compliance scores, as tables and charts, by theme and period. */
package org.commitmenttracker.partypage;
