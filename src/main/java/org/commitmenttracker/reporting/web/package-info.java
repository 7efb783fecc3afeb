/** The web dashboard at "/": open items as charts, overdue, most followed up and recently changed items. */
package org.commitmenttracker.reporting.web;
