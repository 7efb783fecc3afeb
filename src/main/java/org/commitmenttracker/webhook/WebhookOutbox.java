package org.commitmenttracker.webhook;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.SessionEvent;
import org.commitmenttracker.register.session.SessionHeld;
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

    private final ProjectionWrites writes;
    private final ObjectMapper json;
    private final String publicUrl;

    WebhookOutbox(ProjectionWrites writes, ObjectMapper json, WebhookProperties properties) {
        this.writes = writes;
        this.json = json;
        this.publicUrl = properties.publicUrl();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        String kind = payload.getClass().getSimpleName();
        if (!EventKinds.ALL.contains(kind)) {
            return;
        }
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
