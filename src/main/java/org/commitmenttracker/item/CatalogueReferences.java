package org.commitmenttracker.item;

import java.util.Collection;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.body.MembershipChanged;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.springframework.stereotype.Component;

/** {@link References} answered from the event store, inside the command's own transaction. */
@Component
class CatalogueReferences implements References {

    private final Catalogue catalogue;

    CatalogueReferences(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public WorldDate sessionDate(String sessionId) {
        return catalogue
                .firstEvent(sessionId, SessionHeld.class)
                .map(SessionHeld::worldDate)
                .orElseThrow(() -> new NotRecorded("session", sessionId));
    }

    @Override
    public ItemKind itemKind(String itemId) {
        return catalogue
                .find(itemId)
                .flatMap(known -> ItemKind.openedBy(known.firstEvent()))
                .orElseThrow(() -> new NotRecorded("item", itemId));
    }

    @Override
    public void requireParties(String field, Collection<String> codes) {
        catalogue.requireParties(field, codes);
    }

    @Override
    public void requireParty(String field, String code) {
        if (catalogue.bodyExists(code)) {
            throw new InvalidField(field, code + " is a body, not a party");
        }
        catalogue.requireParties(field, java.util.List.of(code));
    }

    @Override
    public boolean everMember(String body, String party) {
        return catalogue.bodyExists(body)
                && catalogue.events(BodyCodes.aggregateId(body)).stream().anyMatch(event -> switch (event) {
                    case BodyRegistered registered -> registered.members().contains(party);
                    case MembershipChanged changed -> changed.party().equals(party);
                    default -> false;
                });
    }

    @Override
    public void requireActor(String field, String code) {
        catalogue.requireActor(field, code);
    }
}
