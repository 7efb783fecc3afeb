/** The reporting pages and endpoints: the dashboard at "/", party scorecards, and the exports. */
package org.commitmenttracker.reporting.web;
