package org.commitmenttracker.item;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;

/** An in-memory register of what commands may refer to, so aggregate rules can be tested on their own. */
class FakeReferences implements References {

    final Map<String, WorldDate> sessions = new HashMap<>();
    final Map<String, ItemKind> items = new HashMap<>();
    final Set<String> parties = new HashSet<>();
    final Set<String> bodies = new HashSet<>();

    @Override
    public WorldDate sessionDate(String sessionId) {
        WorldDate date = sessions.get(sessionId);
        if (date == null) {
            throw new NotRecorded("session", sessionId);
        }
        return date;
    }

    @Override
    public ItemKind itemKind(String itemId) {
        ItemKind kind = items.get(itemId);
        if (kind == null) {
            throw new NotRecorded("item", itemId);
        }
        return kind;
    }

    @Override
    public void requireParties(String field, Collection<String> codes) {
        codes.stream().filter(code -> !parties.contains(code)).findFirst().ifPresent(code -> {
            throw new InvalidField(field, "party " + code + " is not registered");
        });
    }

    @Override
    public void requireParty(String field, String code) {
        if (bodies.contains(code)) {
            throw new InvalidField(field, code + " is a body, not a party");
        }
        requireParties(field, java.util.List.of(code));
    }

    /** "BODY:PARTY" for each party that has been a member of a body. */
    final Set<String> memberships = new HashSet<>();

    @Override
    public boolean everMember(String body, String party) {
        return memberships.contains(body + ":" + party);
    }

    @Override
    public void requireActor(String field, String code) {
        if (!parties.contains(code) && !bodies.contains(code)) {
            throw new InvalidField(field, code + " is neither a registered party nor a registered body");
        }
    }
}
