/**
 * The compliance report as a page and as a PDF: one Thymeleaf template, rendered once per request, served as HTML or
 * laid out by openhtmltopdf with the bundled DejaVu Sans, so the screen and the printed report say the same.
 */
package org.commitmenttracker.reporting.web.report;
