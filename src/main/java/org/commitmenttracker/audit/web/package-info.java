/** The audit page: every stored event with who recorded it and when, filtered like GET /api/audit. */
package org.commitmenttracker.audit.web;
