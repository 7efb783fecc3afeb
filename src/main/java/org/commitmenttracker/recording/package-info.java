/**
 * The command side over HTTP: one transaction per command that holds the events, the idempotency key and the answer,
 * with If-Match optimistic concurrency. {@code web} holds the command endpoints of the API, {@code form} the record
 * forms that post to the same path.
 */
@ApplicationModule(displayName = "Recording")
package org.commitmenttracker.recording;

import org.springframework.modulith.ApplicationModule;
