package org.commitmenttracker.reporting.scorecard;

import static org.commitmenttracker.support.World.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;

/**
 * Ten parties against five decisions, recorded through the command API. Party 5 is first assessed +1 on item 0 for the
 * interim period; the matrix then gives every final score.
 */
final class ScorecardMatrix {

    /** Rows are parties, columns items: + 0 - score, n is n/a. */
    static final String[] MATRIX = {
        "+000n", "-000n", "++0nn", "--+nn", "++++-",
        "---++", "+-nnn", "nnnnn", "+++-0", "----+"
    };

    static final String[] STATUSES = {"ADOPTED", "IN_IMPLEMENTATION", "IMPLEMENTED", "STALLED", "ADOPTED"};

    final List<String> parties = new ArrayList<>();
    final List<String> items = new ArrayList<>();
    final String body;
    final Instant afterInterim;

    ScorecardMatrix(World world) {
        for (int p = 0; p < MATRIX.length; p++) {
            parties.add(world.party("P" + p));
        }
        body = world.body("G", parties);
        String session = world.session(body, "2023-06-01", parties.get(0), map());
        for (int i = 0; i < 5; i++) {
            String item = world.decision(session, body, "2023-06-01", map("binds", parties));
            if (!STATUSES[i].equals("ADOPTED")) {
                world.status(item, STATUSES[i], "2023-09-01");
            }
            items.add(item);
        }
        world.assess(items.get(0), parties.get(5), "INTERIM", "+1", "2023-09-01");
        Projections.awaitCaughtUp(world.api());
        afterInterim = Instant.now();
        ItemScenario.pause();
        for (int p = 0; p < MATRIX.length; p++) {
            for (int i = 0; i < 5; i++) {
                char cell = MATRIX[p].charAt(i);
                world.assess(
                        items.get(i),
                        parties.get(p),
                        "FINAL",
                        cell == '+' ? "+1" : cell == '-' ? "-1" : cell == '0' ? "0" : "n/a",
                        "2023-12-01");
            }
        }
    }
}
