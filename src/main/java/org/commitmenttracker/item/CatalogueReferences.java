package org.commitmenttracker.item;

import java.time.LocalDate;
import java.util.Collection;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@link References} answered from the event store, inside the command's own transaction. */
@Component
class CatalogueReferences implements References {

    private final Catalogue catalogue;

    CatalogueReferences(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public WorldDate sessionDate(String sessionId) {
        JsonNode held = catalogue.find(sessionId)
                .filter(known -> known.aggregateType().equals("Session"))
                .orElseThrow(() -> new NotRecorded("session", sessionId))
                .firstPayload().get("worldDate");
        return new WorldDate(LocalDate.parse(held.get("date").asString()), DatePrecision.valueOf(held.get("precision").asString()));
    }

    @Override
    public ItemKind itemKind(String itemId) {
        return catalogue.find(itemId)
                .flatMap(known -> ItemKind.openedBy(known.firstEvent()))
                .orElseThrow(() -> new NotRecorded("item", itemId));
    }

    @Override
    public void requireParties(String field, Collection<String> codes) {
        catalogue.requireParties(field, codes);
    }

    @Override
    public void requireActor(String field, String code) {
        catalogue.requireActor(field, code);
    }
}
