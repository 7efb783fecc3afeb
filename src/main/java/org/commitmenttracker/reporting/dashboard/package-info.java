/**
 * Dashboard figures: open items by kind, status, theme and party; overdue, oldest, most followed up, recently changed.
 */
package org.commitmenttracker.reporting.dashboard;
