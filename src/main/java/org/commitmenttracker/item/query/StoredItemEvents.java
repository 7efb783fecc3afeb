package org.commitmenttracker.item.query;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/** Reads an item's events straight from the event store: the history is the stream itself. */
@Component
public class StoredItemEvents {

    private final EventStore eventStore;

    StoredItemEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The item's history in words, for the web page; the JSON API reads the same through {@link ItemHistory#of}. */
    public ItemHistory history(String itemId, TimeAxes axes) {
        return ItemHistory.of(itemId, of(itemId), axes);
    }

    List<RecordedItemEvent> of(String itemId) {
        return eventStore
                .readEvents(itemId)
                .asStream()
                .filter(message -> message.getPayload() instanceof ItemEvent)
                .map(StoredItemEvents::recorded)
                .toList();
    }

    private static RecordedItemEvent recorded(DomainEventMessage<?> message) {
        Object recordedBy = message.getMetaData().get(RecorderMetadata.RECORDED_BY);
        return new RecordedItemEvent(
                (ItemEvent) message.getPayload(),
                message.getSequenceNumber(),
                message.getTimestamp(),
                recordedBy == null ? null : recordedBy.toString());
    }
}
