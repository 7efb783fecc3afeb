package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.item.ItemKind;

/**
 * The as-of rectangles at a point (item_span_listing) as one arm per partial index of db/V230 (a kind and an open
 * state; statements have one), each arm's kind and openness written out as literals so that its index is provably the
 * one to read. PostgreSQL pushes the query's own conditions into every arm, where they are tested on the index's
 * included columns (an index-only scan), and arms that the criteria rule out are left out. Through the general box
 * index instead, the probe of the point returned every rectangle that contains it (about 54,000 at 100,000 items) and
 * fetched each one's row to test it: on the full-size copy, theme + party + overdue as of a past date read 53,000
 * buffers in 132 ms, and 3,300 in 30 ms this way; decision + status + body + party 128 against 28 ms.
 *
 * <p>The arms only partition item_span_listing's rows, so the answer is the same whichever criteria are given. A search
 * by text or by item ids has a selective path of its own (their indexes), so those keep the function whole.
 */
final class SpanArms {

    private SpanArms() {}

    /** Whether the criteria are better answered arm by arm than through the general index. */
    static boolean suit(ItemCriteria criteria) {
        return criteria.text() == null && criteria.ids().isEmpty();
    }

    /** The rows of item_span_listing(:asOf, :knownAt) that the criteria can match, as a parenthesised UNION ALL. */
    static String of(ItemCriteria criteria) {
        // Overdue rows are open rows (item_span_listing: open AND due before the date).
        Boolean open = Boolean.TRUE.equals(criteria.overdue()) ? Boolean.TRUE : criteria.open();
        List<String> arms = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            if (criteria.kind() != null && criteria.kind() != kind) {
                continue;
            }
            String ofKind = "SELECT y.* FROM item_span_listing(:asOf, :knownAt) y WHERE y.kind = '" + kind.name() + "'";
            if (kind == ItemKind.STATEMENT) {
                // Never open (Lifecycle), so open=true could leave it out; kept, as its index holds a few rows per
                // recorded statement, and the answer then does not lean on that rule.
                arms.add(ofKind);
                continue;
            }
            if (open == null || open) {
                arms.add(ofKind + " AND y.open");
            }
            if (open == null || !open) {
                arms.add(ofKind + " AND NOT y.open");
            }
        }
        return "(" + String.join(" UNION ALL ", arms) + ")";
    }
}
