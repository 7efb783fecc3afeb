package org.commitmenttracker.item.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commitmenttracker.item.query.HistoryEntry;
import org.commitmenttracker.item.query.ItemDetail;
import org.commitmenttracker.item.query.ItemHistory;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * What the item page shows, arranged from the detail (read model) and the history (event store): the status steps in
 * world-date order, the sessions that raised the item, and the documents behind each fact.
 */
record ItemPageView(ItemDetail detail, ItemHistory history, List<Step> timeline, List<Evidence> evidence) {

    static ItemPageView of(ItemDetail detail, ItemHistory history) {
        return new ItemPageView(detail, history, timeline(history), evidence(history));
    }

    /** One status the item held from a world date on, and the recorded fact that says so. */
    record Step(WorldDate date, String status, HistoryEntry entry) {}

    /** One document and the facts taken from it, each with its place in the document. */
    record Evidence(String title, String publisher, String url, LocalDate publishedOn, List<HistoryEntry> facts) {

        public boolean linkable() {
            return url != null && (url.startsWith("https://") || url.startsWith("http://"));
        }
    }

    private static List<Step> timeline(ItemHistory history) {
        return history.events().stream()
                .filter(entry ->
                        entry.statusAfter() != null && !entry.statusAfter().equals(entry.statusBefore()))
                .map(entry -> new Step(entry.effectiveWorldDate(), entry.statusAfter(), entry))
                .sorted(Comparator.comparing((Step step) -> step.date().date())
                        .thenComparing(step -> step.entry().version()))
                .toList();
    }

    private static List<Evidence> evidence(ItemHistory history) {
        Map<List<Object>, List<HistoryEntry>> byDocument = new LinkedHashMap<>();
        Map<List<Object>, Source> documents = new LinkedHashMap<>();
        for (HistoryEntry entry : history.events()) {
            Source source = entry.source();
            if (source == null) {
                continue;
            }
            List<Object> key = new ArrayList<>();
            key.add(source.title());
            key.add(source.publisher());
            key.add(Objects.toString(source.url(), ""));
            key.add(Objects.toString(source.publishedOn(), ""));
            byDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            documents.putIfAbsent(key, source);
        }
        return byDocument.entrySet().stream()
                .map(document -> {
                    Source source = documents.get(document.getKey());
                    return new Evidence(
                            source.title(),
                            source.publisher(),
                            source.url(),
                            source.publishedOn(),
                            document.getValue());
                })
                .toList();
    }
}
