/** The admin API ({@code /api/admin/webhooks}) and page ({@code /admin/webhooks}) of the webhooks. */
package org.commitmenttracker.webhook.web;
