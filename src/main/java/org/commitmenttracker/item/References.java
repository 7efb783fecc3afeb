package org.commitmenttracker.item;

import java.time.LocalDate;
import java.util.Map;
import org.commitmenttracker.catalogue.Catalogue;
import org.commitmenttracker.problem.InvalidField;
import org.commitmenttracker.problem.NotRecorded;
import org.commitmenttracker.provenance.DatePrecision;
import org.commitmenttracker.provenance.WorldDate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** What an item command may refer to (sessions, other items, parties), checked against the event store. */
@Component
class References {

    private static final Map<String, ItemKind> OPENING_EVENTS = Map.of(
            "DecisionAdopted", ItemKind.DECISION, "ProposalMade", ItemKind.PROPOSAL, "PledgeGiven", ItemKind.PLEDGE);

    private final Catalogue catalogue;

    References(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Catalogue parties() {
        return catalogue;
    }

    void checkOpening(String sessionId, String actor, String actorField) {
        if (sessionId != null) {
            sessionDate(sessionId);
        }
        catalogue.requireActor(actorField, actor);
    }

    WorldDate sessionDate(String sessionId) {
        JsonNode held = catalogue.find(sessionId)
                .filter(known -> known.aggregateType().equals("Session"))
                .orElseThrow(() -> new NotRecorded("session", sessionId))
                .firstPayload().get("worldDate");
        return new WorldDate(LocalDate.parse(held.get("date").asString()), DatePrecision.valueOf(held.get("precision").asString()));
    }

    ItemKind itemKind(String itemId) {
        return catalogue.find(itemId)
                .map(known -> OPENING_EVENTS.get(known.firstEvent()))
                .orElseThrow(() -> new NotRecorded("item", itemId));
    }

    void requireItem(String itemId, ItemKind expected, String field) {
        ItemKind actual = itemKind(itemId);
        if (actual != expected) {
            throw new InvalidField(field, "item " + itemId + " is a " + actual + ", not a " + expected);
        }
    }
}
