package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * Every known correction with the value it replaced, found by replaying the corrections in order over the recorded
 * statements (or, for WORLD_DATE, over the corrected fact's date).
 */
final class HistoryCorrections {

    private final Map<Long, HistoryEntry.Correction> byVersion = new HashMap<>();
    private final Map<Long, List<HistoryEntry.Correction>> byTarget = new HashMap<>();

    static HistoryCorrections of(List<RecordedItemEvent> known, ItemStatement recorded) {
        HistoryCorrections corrections = new HistoryCorrections();
        Map<Long, String> types = new HashMap<>();
        Map<Long, WorldDate> dates = new HashMap<>();
        ItemStatement statement = recorded;
        for (RecordedItemEvent stored : known) {
            if (!(stored.event() instanceof EntryCorrected c)) {
                types.put(stored.version(), stored.event().getClass().getSimpleName());
                dates.put(stored.version(), stored.event().worldDate());
                continue;
            }
            String previous;
            if (c.correction() instanceof CorrectedValue.Redated redated) {
                WorldDate before = dates.put(c.correctsVersion(), redated.worldDate());
                previous = before == null ? null : before.toString();
            } else {
                previous = statement.value(c.field());
                statement = statement.corrected(c.correction());
            }
            HistoryEntry.Correction correction = new HistoryEntry.Correction(
                    stored.version(),
                    c.correctsVersion(),
                    types.get(c.correctsVersion()),
                    c.field().name(),
                    previous,
                    c.correction().text(),
                    c.reason(),
                    stored.recordedAt(),
                    stored.recordedBy());
            corrections.byVersion.put(stored.version(), correction);
            corrections
                    .byTarget
                    .computeIfAbsent(c.correctsVersion(), v -> new ArrayList<>())
                    .add(correction);
        }
        return corrections;
    }

    /** What the event at this version corrects, if it is a correction. */
    HistoryEntry.Correction correcting(long version) {
        return byVersion.get(version);
    }

    /** The corrections of the fact at this version, oldest first. */
    List<HistoryEntry.Correction> of(long version) {
        return byTarget.getOrDefault(version, List.of());
    }
}
