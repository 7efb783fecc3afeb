package org.commitmenttracker.seeds;

import java.util.UUID;

/**
 * A small valid seed file with codes and keys of its own (a new party, body, session and proposal), into which a test
 * writes one mistake. In the extra records {@code %s} stands for the suffix, {@code %P} for the party code.
 */
final class MiniSeed {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String party = "TP-" + suffix.toUpperCase();
    final String body = "TB-" + suffix.toUpperCase();
    final String session = "test-session-" + suffix;
    final String proposal = "test-proposal-" + suffix;
    final String fileName = "mini-" + suffix + ".yaml";

    /** The file as given, with extra records appended to its items and an optional statusChanges section. */
    String yaml(String extraItems, String statusChanges) {
        return """
                source:
                  key: test-%1$s
                  file: test-%1$s.txt
                  title: "Test document %1$s"
                  publisher: "Test publisher"
                  publishedOn: 2024-05-01
                parties:
                  - code: %2$s
                    name: Test party %1$s
                    kind: STATE
                bodies:
                  - code: %3$s
                    name: Test body %1$s
                    members: [%2$s]
                sessions:
                  - key: %4$s
                    body: %3$s
                    date: 2024-05-01
                    precision: DAY
                    place: "Testville"
                    kind: REGULAR
                    format: IN_PERSON
                    chair: %2$s
                    line: 1
                items:
                  - key: %5$s
                    kind: PROPOSAL
                    category: proposal
                    session: %4$s
                    actor: %2$s
                    title: "Hold a test conference"
                    themes: [institutional]
                    worldDate: {date: 2024-05-01, precision: DAY}
                    line: 2
                """.formatted(suffix, party, body, session, proposal)
                + extraItems.replace("%P", party).replace("%s", suffix)
                + (statusChanges.isEmpty()
                        ? ""
                        : "statusChanges:\n"
                                + statusChanges.replace("%P", party).replace("%s", suffix));
    }

    String valid() {
        return yaml("", "");
    }

    /** The 1-based line of a seed file on which the text first appears. */
    static int lineOf(String yaml, String text) {
        return yaml.substring(0, yaml.indexOf(text)).split("\n", -1).length;
    }
}
