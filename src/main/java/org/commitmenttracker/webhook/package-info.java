/**
 * Webhooks for integrations: an admin registers an address and the event kinds it wants; every matching event is
 * written to an outbox by the {@code webhooks} processor (with its token, so nothing is lost or written twice) and
 * POSTed, signed with HMAC-SHA256, by delivery workers that claim due rows with a lease, retry with backoff and log
 * every attempt. Delivery is at least once; the delivery id is the receiver's idempotency key. It records no facts;
 * {@code web} holds the admin API and page.
 */
@ApplicationModule(displayName = "Webhooks")
package org.commitmenttracker.webhook;

import org.springframework.modulith.ApplicationModule;
