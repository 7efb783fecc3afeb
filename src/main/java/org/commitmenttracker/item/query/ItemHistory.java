package org.commitmenttracker.item.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;
import org.commitmenttracker.item.StatusChanged;
import org.commitmenttracker.item.narrative.ItemNarrative;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;

/**
 * An item's full ordered history as the register stood at knownAt, limited to facts dated on or before asOf.
 * Corrections count on the recording axis only: once known, a correction applies to every asOf, because it says the
 * corrected statement was wrong all along.
 */
public record ItemHistory(String itemId, List<HistoryEntry> events, LocalDate asOf, Instant knownAt) {

    private static String summaryRu(ItemEvent event) {
        return switch (event) {
            case DecisionAdopted e -> e.summaryRu();
            case ProposalMade e -> e.summaryRu();
            case PledgeGiven e -> e.summaryRu();
            case StatementMade e -> e.summaryRu();
            case StatusChanged e -> e.summaryRu();
            case FollowUpRaised e -> e.summaryRu();
            default -> null;
        };
    }

    static ItemHistory of(String itemId, List<RecordedItemEvent> stored, TimeAxes axes) {
        List<RecordedItemEvent> known = stored.stream()
                .filter(e -> !e.recordedAt().isAfter(axes.knownAt()))
                .toList();
        ItemDates dates = ItemDates.of(known);
        if (known.isEmpty() || !dates.included(0, axes.asOf())) {
            throw new NotRecorded("item", itemId + " as of " + axes.asOf() + " known at " + axes.knownAt());
        }
        ItemKind kind = kindOf(known.getFirst().event());
        HistoryCorrections corrections = HistoryCorrections.of(
                known, ItemStatementFold.opening(known.getFirst().event()));
        List<HistoryEntry> entries = new ArrayList<>();
        String status = null;
        for (RecordedItemEvent recorded : known) {
            ItemEvent event = recorded.event();
            boolean included = event instanceof EntryCorrected c
                    ? dates.included(c.correctsVersion(), axes.asOf())
                    : dates.included(recorded.version(), axes.asOf());
            if (!included) {
                continue;
            }
            String before = status;
            status = switch (event) {
                case DecisionAdopted e -> Lifecycle.of(kind).opening().name();
                case ProposalMade e -> Lifecycle.of(kind).opening().name();
                case PledgeGiven e -> Lifecycle.of(kind).opening().name();
                case StatementMade e -> Lifecycle.of(kind).opening().name();
                case StatusChanged e -> e.to().name();
                default -> status;
            };
            entries.add(new HistoryEntry(
                    recorded.version(),
                    event.getClass().getSimpleName(),
                    ItemNarrative.describe(event),
                    event.worldDate(),
                    event instanceof EntryCorrected ? event.worldDate() : dates.effective(recorded.version()),
                    recorded.recordedAt(),
                    recorded.recordedBy(),
                    event.source(),
                    before,
                    status,
                    corrections.correcting(recorded.version()),
                    corrections.of(recorded.version()),
                    summaryRu(event)));
        }
        return new ItemHistory(itemId, entries, axes.asOf(), axes.knownAt());
    }

    private static ItemKind kindOf(ItemEvent opening) {
        return switch (opening) {
            case DecisionAdopted e -> ItemKind.DECISION;
            case ProposalMade e -> ItemKind.PROPOSAL;
            case PledgeGiven e -> ItemKind.PLEDGE;
            case StatementMade e -> ItemKind.STATEMENT;
            default -> throw new IllegalStateException("An item's first event is its recording, not " + opening);
        };
    }

    /** Effective world dates of the dated facts, after WORLD_DATE corrections. */
    record ItemDates(Map<Long, WorldDate> effective) {

        static ItemDates of(List<RecordedItemEvent> known) {
            Map<Long, WorldDate> dates = new HashMap<>();
            for (RecordedItemEvent recorded : known) {
                if (recorded.event() instanceof EntryCorrected c) {
                    if (c.correction() instanceof CorrectedValue.Redated redated) {
                        dates.put(c.correctsVersion(), redated.worldDate());
                    }
                } else {
                    dates.put(recorded.version(), recorded.event().worldDate());
                }
            }
            return new ItemDates(dates);
        }

        WorldDate effective(long version) {
            return effective.get(version);
        }

        boolean included(long version, LocalDate asOf) {
            WorldDate date = effective.get(version);
            return date != null && !date.date().isAfter(asOf);
        }
    }
}
