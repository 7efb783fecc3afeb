package org.commitmenttracker.webhook;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.SessionEvent;
import org.commitmenttracker.register.session.SessionHeld;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends one outbox row per (enabled subscription, matching event), in the processor's transaction, with its token: an
 * event is queued exactly when the token passes it, so a crash loses none and a retried batch doubles none (the unique
 * (subscription, event) key absorbs a replay). Only events recorded after a subscription was registered are queued for
 * it. Nothing here waits for a receiver; the delivery workers send the rows later.
 */
@Component
@ProcessingGroup(ProcessingGroups.WEBHOOKS)
class WebhookOutbox {

    private static final String QUEUE = """
            INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, body)
            SELECT gen_random_uuid(), s.id, ?, ?, ? FROM webhook_subscription s
            WHERE s.enabled AND ? = ANY (s.event_kinds) AND s.created_at <= ?
            ON CONFLICT (subscription_id, event_id) DO NOTHING""";

    private static final String SUBSCRIBED_KINDS = "WebhookOutbox.subscribedKinds";

    private final ProjectionWrites writes;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String publicUrl;

    WebhookOutbox(ProjectionWrites writes, JdbcTemplate jdbc, ObjectMapper json, WebhookProperties properties) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.json = json;
        this.publicUrl = properties.publicUrl();
    }

    /**
     * Takes the message rather than its payload: the payload is read from its JSON only for a kind some subscription
     * asks for. Reading every event's payload was about half of this processor's CPU while commands arrive, with no
     * subscription to send it to (BENCHMARKS.md, thirteenth session).
     */
    @EventHandler
    void on(EventMessage<?> message) {
        String kind = message.getPayloadType().getSimpleName();
        if (!EventKinds.ALL.contains(kind) || !subscribedKinds().contains(kind)) {
            return;
        }
        Object payload = message.getPayload();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", message.getIdentifier());
        body.put("eventType", kind);
        LocalDate worldDate = worldDate(payload);
        body.put("worldDate", worldDate == null ? null : worldDate.toString());
        body.put("recordedAt", message.getTimestamp().toString());
        body.put("link", publicUrl + link(payload));
        body.put("payload", payload);
        String text = json.writeValueAsString(body);
        writes.write(
                ProcessingGroups.WEBHOOKS,
                rows -> rows.insert(QUEUE, message.getIdentifier(), kind, text, kind, at(message.getTimestamp())));
    }

    /**
     * The kinds the enabled subscriptions ask for, read once per batch, in the batch's transaction. The insert below
     * still checks each subscription; this only spares the events no subscription wants. A subscription registered
     * while a batch runs is created after the batch's events were recorded, so the insert would not queue them for it
     * either; one enabled while a batch runs misses that batch's events, as it would had it been enabled a moment
     * later.
     */
    private Set<String> subscribedKinds() {
        if (!CurrentUnitOfWork.isStarted()) {
            return readSubscribedKinds();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(SUBSCRIBED_KINDS, key -> readSubscribedKinds());
    }

    private Set<String> readSubscribedKinds() {
        return Set.copyOf(jdbc.query(
                "SELECT DISTINCT unnest(s.event_kinds) FROM webhook_subscription s WHERE s.enabled",
                (rs, n) -> rs.getString(1)));
    }

    private static LocalDate worldDate(Object payload) {
        return switch (payload) {
            case ItemEvent e -> e.worldDate() == null ? null : e.worldDate().date();
            case SessionHeld e -> e.worldDate() == null ? null : e.worldDate().date();
            default -> null;
        };
    }

    /** The page a person would open to see what the event is about. */
    private static String link(Object payload) {
        return switch (payload) {
            case ItemEvent e -> "/items/" + e.itemId();
            case SessionEvent e -> "/sessions/" + e.sessionId();
            case PartyRegistered e -> "/parties/" + e.code();
            case BodyRegistered e -> "/bodies/" + e.code();
            default -> "/audit";
        };
    }
}
