package org.commitmenttracker.item.query;

import java.time.Instant;
import org.commitmenttracker.item.ItemEvent;

/** An item event as stored: its payload, its version, and when and by whom it was recorded. */
record RecordedItemEvent(ItemEvent event, long version, Instant recordedAt, String recordedBy) {}
