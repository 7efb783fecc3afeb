package org.commitmenttracker.item.query;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.EvidenceAttached;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemLinked;
import org.commitmenttracker.item.PartyAssessed;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.PositionTaken;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;
import org.commitmenttracker.item.StatusChanged;
import org.springframework.stereotype.Component;

/**
 * Projects item events into the tables of V10. Every row is keyed by the event's sequence number, so replays and
 * retried batches write the same rows again instead of adding new ones. Failures are not caught here: they go to the
 * processor's dead-letter queue.
 */
@Component
@ProcessingGroup(ProcessingGroups.ITEMS)
class ItemProjection {

    private final ItemTables tables;
    private final ProjectionWrites writes;

    ItemProjection(ItemTables tables, ProjectionWrites writes) {
        this.tables = tables;
        this.writes = writes;
    }

    @EventHandler
    void on(
            ItemEvent event,
            @SequenceNumber long version,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        writes.write(ProcessingGroups.ITEMS, rows -> {
            switch (event) {
                case DecisionAdopted e -> tables.open(rows, ItemOpening.of(e), version, recordedAt, recordedBy);
                case ProposalMade e -> tables.open(rows, ItemOpening.of(e), version, recordedAt, recordedBy);
                case PledgeGiven e -> tables.open(rows, ItemOpening.of(e), version, recordedAt, recordedBy);
                case StatementMade e -> tables.open(rows, ItemOpening.of(e), version, recordedAt, recordedBy);
                case StatusChanged e -> tables.statusChanged(rows, e, version, recordedAt);
                case FollowUpRaised e -> tables.followUp(rows, e, version, recordedAt);
                case PartyAssessed e -> tables.assessment(rows, e, version, recordedAt);
                case ItemLinked e -> tables.link(rows, e, version, recordedAt);
                case EntryCorrected e -> tables.correction(rows, e, version, recordedAt);
                case EvidenceAttached e -> tables.evidence(rows, e, version, recordedAt);
                case PositionTaken e -> tables.position(rows, e, version, recordedAt);
            }
            tables.event(rows, event, version, recordedAt, recordedBy);
            tables.current(rows, event.itemId());
        });
    }

    /** Empties the tables and marks the current-state table stale until its recomputation after the replay. */
    @ResetHandler
    void reset() {
        tables.truncate();
    }
}
