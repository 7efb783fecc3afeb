package org.commitmenttracker.item.query;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.Instant;
import org.commitmenttracker.eventstore.EventLookup;
import org.commitmenttracker.eventstore.projection.Rows;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.EvidenceAttached;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemLinked;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.item.PartyAssessed;
import org.commitmenttracker.item.PositionTaken;
import org.commitmenttracker.item.StatusChanged;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The writes of {@link ItemProjection}; every insert tolerates being replayed. Nothing here reads the read model in
 * Java: rows may still be waiting in the batch (see ProjectionWrites), so what depends on earlier rows is done by SQL
 * that runs in order.
 */
@Component
class ItemTables {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReplayedEvents replayed;
    private final EventLookup events;

    ItemTables(JdbcClient jdbc, ObjectMapper json, ReplayedEvents replayed, EventLookup events) {
        this.jdbc = jdbc;
        this.json = json;
        this.replayed = replayed;
        this.events = events;
    }

    void open(Rows rows, ItemOpening o, long version, Instant recordedAt, String recordedBy) {
        rows.insert(
                """
                        INSERT INTO rm_item (item_id, kind, session_id, document_type, category, list_position,
                            implements_decision, figures, source, recorded_at, recorded_by, summary_ru, quote)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                o.itemId(),
                o.kind().name(),
                o.sessionId(),
                o.documentType(),
                o.category(),
                o.listPosition(),
                o.implementsDecision(),
                json.writeValueAsString(o.figures()),
                json.writeValueAsString(o.source()),
                at(recordedAt),
                recordedBy,
                o.summaryRu(),
                o.quote());
        StatementRows.insert(rows, o.itemId(), version, recordedAt, o.statement());
        ItemStatus opening = Lifecycle.of(o.kind()).opening();
        status(
                rows,
                o.itemId(),
                version,
                recordedAt,
                o.worldDate(),
                null,
                opening,
                Lifecycle.of(o.kind()).isOpen(opening),
                null);
    }

    void statusChanged(Rows rows, StatusChanged e, long version, Instant recordedAt) {
        status(
                rows,
                e.itemId(),
                version,
                recordedAt,
                e.worldDate(),
                e.from(),
                e.to(),
                Lifecycle.isOpenAfterMoveTo(e.to()),
                e.note());
    }

    private void status(
            Rows rows,
            String itemId,
            long version,
            Instant recordedAt,
            WorldDate date,
            ItemStatus from,
            ItemStatus to,
            boolean open,
            String note) {
        rows.insert(
                """
                        INSERT INTO rm_item_status (item_id, version, revision, known_from, world_date, world_precision,
                            status_from, status, open, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                itemId,
                version,
                version,
                at(recordedAt),
                date.date(),
                date.precision().name(),
                from == null ? null : from.name(),
                to.name(),
                open,
                note);
    }

    void followUp(Rows rows, FollowUpRaised e, long version, Instant recordedAt) {
        rows.insert(
                """
                        INSERT INTO rm_item_follow_up (item_id, version, session_id, raised_by, person, stance, note,
                            world_date, world_precision, source, recorded_at, summary_ru, quote, occasion_kind,
                            occasion_description, person_ru)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.itemId(),
                version,
                e.sessionId(),
                e.raisedBy(),
                e.person(),
                e.stance().name(),
                e.note(),
                e.worldDate().date(),
                e.worldDate().precision().name(),
                json.writeValueAsString(e.source()),
                at(recordedAt),
                e.summaryRu(),
                e.quote(),
                e.occasion() == null ? null : e.occasion().kind().name(),
                e.occasion() == null ? null : e.occasion().description(),
                e.personRu());
    }

    void evidence(Rows rows, EvidenceAttached e, long version, Instant recordedAt) {
        rows.insert(
                """
                        INSERT INTO rm_item_evidence (item_id, version, bearing, status, note, world_date,
                            world_precision, source, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                e.itemId(),
                version,
                e.bearing().name(),
                e.status().name(),
                e.note(),
                e.worldDate().date(),
                e.worldDate().precision().name(),
                json.writeValueAsString(e.source()),
                at(recordedAt));
    }

    void position(Rows rows, PositionTaken e, long version, Instant recordedAt) {
        rows.insert(
                """
                        INSERT INTO rm_item_position (item_id, version, party, position, session_id, reason, world_date,
                            world_precision, source, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                e.itemId(),
                version,
                e.party(),
                e.position().name(),
                e.sessionId(),
                e.reason(),
                e.worldDate().date(),
                e.worldDate().precision().name(),
                json.writeValueAsString(e.source()),
                at(recordedAt));
    }

    void assessment(Rows rows, PartyAssessed e, long version, Instant recordedAt) {
        rows.insert(
                """
                        INSERT INTO rm_item_assessment (item_id, version, party, period, compliance, score, note,
                            world_date, recorded_at, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                e.itemId(),
                version,
                e.party(),
                e.period().name(),
                e.score().name(),
                e.score().score(),
                e.note(),
                e.worldDate().date(),
                at(recordedAt),
                e.source() == null ? null : json.writeValueAsString(e.source()));
    }

    void link(Rows rows, ItemLinked e, long version, Instant recordedAt) {
        rows.insert(
                """
                        INSERT INTO rm_item_link (item_id, version, relation, target, note, world_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.itemId(),
                version,
                e.relation().name(),
                e.target(),
                e.note(),
                e.worldDate().date(),
                at(recordedAt));
    }

    void correction(Rows rows, EntryCorrected e, long version, Instant recordedAt) {
        if (e.correction() instanceof CorrectedValue.Redated redated) {
            redate(rows, e.itemId(), e.correctsVersion(), redated.worldDate(), version, recordedAt);
        } else {
            StatementRows.correct(rows, e.itemId(), version, recordedAt, e.correction());
        }
    }

    /** Closes the dated fact's current row at the correction's instant and opens one with the new date. */
    private void redate(Rows rows, String itemId, long corrected, WorldDate date, long revision, Instant recordedAt) {
        rows.inOrder(
                """
                        INSERT INTO rm_item_status (item_id, version, revision, known_from, world_date, world_precision,
                            status_from, status, open, note)
                        SELECT item_id, version, ?, ?, ?, ?, status_from, status, open, note FROM rm_item_status
                        WHERE item_id = ? AND version = ? AND known_until IS NULL AND revision < ?
                        ON CONFLICT DO NOTHING""", revision, at(recordedAt), date.date(), date.precision().name(), itemId, corrected, revision);
        rows.inOrder("""
                        UPDATE rm_item_status SET known_until = ?
                        WHERE item_id = ? AND version = ? AND known_until IS NULL AND revision < ?""", at(recordedAt), itemId, corrected, revision);
    }

    void event(Rows rows, ItemEvent event, long version, Instant recordedAt, String recordedBy) {
        rows.insert(
                """
                        INSERT INTO rm_item_event (item_id, version, event_type, world_date, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.itemId(),
                version,
                event.getClass().getSimpleName(),
                event.worldDate().date(),
                at(recordedAt),
                recordedBy);
    }

    /**
     * The item's row of the current-state table (db/V170) and its contributions to the dashboard's and scorecard's
     * tallies (V180, V185), recomputed once per batch after its versioned rows; not for an event a rebuild replays
     * (CurrentStateRecomputation does that once for every item after them).
     */
    void current(Rows rows, String itemId) {
        if (!replayed.handlingOne()) {
            rows.onceAfter("SELECT item_current_refresh(?)", itemId);
        }
    }

    /**
     * Marks the current-state table stale first (db/V220): that takes its row lock, which a recomputation in progress
     * holds, so the truncation waits for it instead of deadlocking with it.
     */
    void truncate() {
        jdbc.sql("UPDATE rm_item_current_state SET stale = true, recomputed_through = NULL, replayed_through = ?")
                .param(events.newestIndex())
                .update();
        jdbc.sql("""
                TRUNCATE rm_item_tally, rm_item_scorecard_cell, rm_item_scorecard_tally, rm_item_scorecard_items,
                    rm_item_scorecard_party, rm_item_scorecard_status, rm_item_status_span, rm_item_open_tally,
                    rm_item_current, rm_item_position, rm_item_evidence, rm_item_event, rm_item_link, rm_item_assessment, rm_item_follow_up, rm_item_status,
                    rm_item_statement, rm_item""").update();
    }
}
