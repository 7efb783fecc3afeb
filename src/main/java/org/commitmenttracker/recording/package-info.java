/**
 * The HTTP side of recording a fact: one transaction per command that holds the events, the
 * idempotency key and the answer, plus ETag / If-Match optimistic concurrency.
 */
package org.commitmenttracker.recording;
