package org.commitmenttracker.item.query;

/** What items can be counted by. An item with several themes or parties counts once under each. */
public enum ItemGrouping {
    KIND("x.kind", ""),
    STATUS("x.status", ""),
    THEME("t.theme", " CROSS JOIN LATERAL unnest(x.themes) AS t(theme)"),
    /**
     * The actor and the bound parties that are registered as parties (known at knownAt), the members of a body that the
     * decision binds as a whole among them as of asOf ({@link Binding}). A body that adopted a decision is not a party,
     * so the dashboard and the scorecard count the same lines.
     */
    PARTY("p.party", Binding.PARTIES + " JOIN rm_party r ON r.code = p.party AND r.recorded_at <= :knownAt"),
    SESSION("x.session_id", "");

    final String expression;
    final String join;

    ItemGrouping(String expression, String join) {
        this.expression = expression;
        this.join = join;
    }
}
