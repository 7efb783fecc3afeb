package org.commitmenttracker.seeds;

import java.util.Comparator;
import java.util.Map;

/**
 * One command a seed record becomes. {@code creates} tells how a reload recognises it: a creating command by its
 * aggregate existing, any other by an event carrying its seed key.
 *
 * @param record the record as refusals name it, e.g. "csc-2022-01-kaz-request (items[6])"
 * @param seedKey section-qualified key ("followUps:csc-2022-01-10-kaz-followup-deploy"), kept in metadata
 * @param fieldNames command field paths renamed to the seed's vocabulary (adoptedBy is the seed's actor)
 * @param ruleField the seed field to blame when the domain refuses without naming one
 */
record SeedStep(
        String record,
        String aggregateId,
        Object command,
        String seedKey,
        boolean creates,
        Map<String, String> fieldNames,
        String ruleField) {

    /** The seed's name for a command field path; the longest renamed prefix wins. */
    String seedField(String commandPath) {
        return fieldNames.keySet().stream()
                .filter(prefix -> commandPath.equals(prefix)
                        || commandPath.startsWith(prefix + ".")
                        || commandPath.startsWith(prefix + "["))
                .max(Comparator.comparingInt(String::length))
                .map(prefix -> fieldNames.get(prefix) + commandPath.substring(prefix.length()))
                .orElse(commandPath);
    }
}
