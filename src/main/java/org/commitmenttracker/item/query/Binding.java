package org.commitmenttracker.item.query;

/**
 * Who an item binds, in SQL over item_overview's columns (alias x) with the :asOf and :knownAt parameters every item
 * query has. A decision whose binds name the body that adopted it binds all that body's members: the ones taking part
 * on asOf as the register knew them at knownAt, asked of body_members_at (db/R__body_membership.sql), not the body's
 * registered list. A member that left or is suspended is not bound meanwhile. Other binds are explicit parties and do
 * not follow membership.
 */
final class Binding {

    /** Rows of (party): the actor, the explicit binds and the members bound through the body. */
    static final String PARTIES = " CROSS JOIN LATERAL (SELECT x.actor::text AS party"
            + " UNION SELECT b.code FROM unnest(x.binds) AS b(code)"
            + " UNION SELECT m.party FROM body_members_at(x.actor, :asOf, :knownAt) AS m(party)"
            + " WHERE x.actor = ANY(x.binds)) p";

    private Binding() {}

    /** True when the item binds {@code party} (an SQL expression) through the body's membership on asOf. */
    static String asMember(String party) {
        // A call, not IN (sub-select): a condition with a sub-plan is not pushed into item_current
        // (db/R__body_membership.sql).
        return "(x.actor = ANY(x.binds) AND body_binds_member(x.actor, " + party + ", :asOf, :knownAt))";
    }

    /** True when the item's actor is {@code party} or the item binds it, explicitly or as a member. */
    static String actorOrBound(String party) {
        return "(x.actor = " + party + " OR x.binds @> ARRAY[CAST(" + party + " AS text)] OR " + asMember(party) + ")";
    }
}
