/**
 * The compliance report a research group would publish for one body and assessment period (and optionally one session):
 * the scorecard's figures, unchanged, with each commitment's scores, the notes and sources behind them, and the
 * evidence recorded on the item. It adds no arithmetic of its own: every average and percentage is the scorecard's.
 */
package org.commitmenttracker.reporting.report;
