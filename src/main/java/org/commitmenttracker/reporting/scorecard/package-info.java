/**
 * Party scorecards: item counts by status and compliance averages under the G7/G20 Research Group rules (n/a left out
 * of the denominator, percentage from the unrounded mean, half-up rounding).
 */
package org.commitmenttracker.reporting.scorecard;
