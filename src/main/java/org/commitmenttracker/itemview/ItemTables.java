package org.commitmenttracker.itemview;

import static org.commitmenttracker.projection.ProjectionWrites.at;

import java.time.Instant;
import org.commitmenttracker.item.CorrectableField;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemLinked;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.item.PartyAssessed;
import org.commitmenttracker.item.StatusChanged;
import org.commitmenttracker.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The writes of {@link ItemProjection}; every insert tolerates being replayed. */
@Component
class ItemTables {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final StatementRows statements;

    ItemTables(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.statements = new StatementRows(jdbc);
    }

    void open(ItemOpening o, long version, Instant recordedAt, String recordedBy) {
        jdbc.sql("""
                        INSERT INTO rm_item (item_id, kind, session_id, document_type, category, list_position,
                            implements_decision, figures, source, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""")
                .params(o.itemId(), o.kind().name(), o.sessionId(), o.documentType(), o.category(), o.listPosition(),
                        o.implementsDecision(), json.writeValueAsString(o.figures()), json.writeValueAsString(o.source()),
                        at(recordedAt), recordedBy)
                .update();
        statements.insert(o.itemId(), version, recordedAt, o.statement());
        ItemStatus opening = Lifecycle.of(o.kind()).opening();
        status(o.itemId(), version, recordedAt, o.worldDate(), null, opening, true);
    }

    void statusChanged(StatusChanged e, long version, Instant recordedAt) {
        ItemKind kind = ItemKind.valueOf(jdbc.sql("SELECT kind FROM rm_item WHERE item_id = ?")
                .param(e.itemId()).query(String.class).single());
        status(e.itemId(), version, recordedAt, e.worldDate(), e.from(), e.to(), Lifecycle.of(kind).isOpen(e.to()));
    }

    private void status(String itemId, long version, Instant recordedAt, WorldDate date, ItemStatus from,
                        ItemStatus to, boolean open) {
        jdbc.sql("""
                        INSERT INTO rm_item_status (item_id, version, revision, known_from, world_date, world_precision,
                            status_from, status, open)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(itemId, version, version, at(recordedAt), date.date(), date.precision().name(),
                        from == null ? null : from.name(), to.name(), open)
                .update();
    }

    void followUp(FollowUpRaised e, long version, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO rm_item_follow_up (item_id, version, session_id, raised_by, person, stance, note,
                            world_date, world_precision, source, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""")
                .params(e.itemId(), version, e.sessionId(), e.raisedBy(), e.person(), e.stance().name(), e.note(),
                        e.worldDate().date(), e.worldDate().precision().name(), json.writeValueAsString(e.source()),
                        at(recordedAt))
                .update();
    }

    void assessment(PartyAssessed e, long version, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO rm_item_assessment (item_id, version, party, period, compliance, score, note,
                            world_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.itemId(), version, e.party(), e.period().name(), e.score().name(), e.score().score(),
                        e.note(), e.worldDate().date(), at(recordedAt))
                .update();
    }

    void link(ItemLinked e, long version, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO rm_item_link (item_id, version, relation, target, note, world_date, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.itemId(), version, e.relation().name(), e.target(), e.note(), e.worldDate().date(),
                        at(recordedAt))
                .update();
    }

    void correction(EntryCorrected e, long version, Instant recordedAt) {
        if (e.field() == CorrectableField.WORLD_DATE) {
            redate(e.itemId(), e.correctsVersion(), WorldDate.parse(e.value()), version, recordedAt);
        } else {
            statements.correct(e.itemId(), version, recordedAt, e.field(), e.value());
        }
    }

    /** Closes the dated fact's current row at the correction's instant and opens one with the new date. */
    private void redate(String itemId, long corrected, WorldDate date, long revision, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO rm_item_status (item_id, version, revision, known_from, world_date, world_precision,
                            status_from, status, open)
                        SELECT item_id, version, ?, ?, ?, ?, status_from, status, open FROM rm_item_status
                        WHERE item_id = ? AND version = ? AND known_until IS NULL AND revision < ?
                        ON CONFLICT DO NOTHING""")
                .params(revision, at(recordedAt), date.date(), date.precision().name(), itemId, corrected, revision)
                .update();
        jdbc.sql("""
                        UPDATE rm_item_status SET known_until = ?
                        WHERE item_id = ? AND version = ? AND known_until IS NULL AND revision < ?""")
                .params(at(recordedAt), itemId, corrected, revision)
                .update();
    }

    void event(ItemEvent event, long version, Instant recordedAt, String recordedBy) {
        jdbc.sql("""
                        INSERT INTO rm_item_event (item_id, version, event_type, world_date, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.itemId(), version, event.getClass().getSimpleName(), event.worldDate().date(),
                        at(recordedAt), recordedBy)
                .update();
    }

    void truncate() {
        jdbc.sql("""
                TRUNCATE rm_item_event, rm_item_link, rm_item_assessment, rm_item_follow_up, rm_item_status,
                    rm_item_statement, rm_item""").update();
    }
}
