package org.commitmenttracker.item;

import org.commitmenttracker.shared.refusal.InvalidField;

/** Which kinds of item each relation may join; anything may refer to anything. */
final class LinkRules {

    private LinkRules() {}

    static void check(ItemKind from, LinkRelation relation, ItemKind to) {
        boolean allowed =
                switch (relation) {
                    case ADOPTED_AS -> from == ItemKind.PROPOSAL && to == ItemKind.DECISION;
                    case IMPLEMENTS ->
                        (from == ItemKind.DECISION || from == ItemKind.PLEDGE) && to == ItemKind.DECISION;
                    case SUPERSEDES -> from == to;
                    case REFERS_TO, CONFLICTS_WITH -> true;
                };
        if (!allowed) {
            throw new InvalidField("relation", "a " + from + " cannot be linked " + relation + " to a " + to);
        }
    }
}
