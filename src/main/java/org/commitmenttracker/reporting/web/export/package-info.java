/** Exports of the item list, a session view and the scorecard as CSV (commons-csv, UTF-8, header row) or JSON. */
package org.commitmenttracker.reporting.web.export;
