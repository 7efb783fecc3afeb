/**
 * What the register adds up to: the dashboard's figures, party scorecards, and the exports of the item list, a session
 * and the scorecard. It reads the item module's read model and owns no events.
 */
@ApplicationModule(displayName = "Reporting")
package org.commitmenttracker.reporting;

import org.springframework.modulith.ApplicationModule;
