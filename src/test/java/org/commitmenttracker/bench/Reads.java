package org.commitmenttracker.bench;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The queries monitors run, over HTTP one at a time, each today, as of a past world date (asOf) and as the register
 * stood at a past instant (knownAt). Every request must answer 200.
 */
final class Reads {

    private static final String SECTION = "reads";
    private static final String[] FILTERS = {
        "kind=PLEDGE&open=true&party=%s",
        "theme=border-security&party=%s&overdue=true",
        "kind=DECISION&status=IN_IMPLEMENTATION&body=CSC&party=%s"
    };
    private static final String[] WORDS = {
        "peacekeeping", "border", "Афганистан", "миротворческие", "drug trafficking", "military exercises"
    };

    private final RunningTracker tracker;
    private final BenchCatalogue catalogue;
    private final int items;

    Reads(RunningTracker tracker, BenchCatalogue catalogue, int items) {
        this.tracker = tracker;
        this.catalogue = catalogue;
        this.items = items;
    }

    /**
     * @param samples timed requests per measurement, after up to 20 warm-up requests
     * @param budget seconds one measurement may take; a slow query stops early with fewer samples (the table shows n)
     */
    List<Measurement> measure(int samples, double budget, LocalDate asOf, Instant knownAt) {
        record Query(String key, String what, IntFunction<String> path) {}
        List<String> parties = catalogue.parties();
        List<String> sessions = catalogue.sessionIds();
        List<Query> queries = List.of(
                new Query(
                        "items",
                        "items, typical filters",
                        i -> "/api/items?" + FILTERS[i % FILTERS.length].formatted(parties.get(i % parties.size()))
                                + "&size=20"),
                // The list as it first opens: no filter, the default order, the first pages.
                new Query("itemsAll", "items, no filter", i -> "/api/items?size=20&page=" + i % 3),
                new Query(
                        "search",
                        "items, full-text search",
                        i -> "/api/items?q=" + encode(WORDS[i % WORDS.length]) + "&sort=RELEVANCE&size=20"),
                new Query(
                        "history",
                        "item history",
                        i -> "/api/items/" + SyntheticRegister.itemId(spread(i, earlier(items))) + "/history"),
                new Query(
                        "session",
                        "session view",
                        i -> "/api/sessions/" + sessions.get(spread(i, earlier(sessions.size())))),
                // The default page is 50 items per list; the largest page shows what the lists themselves cost.
                new Query(
                        "session500",
                        "session view, 500 items per list",
                        i -> "/api/sessions/" + sessions.get(spread(i, earlier(sessions.size()))) + "?size=500"),
                new Query("scorecard", "scorecard", i -> "/api/scorecard"),
                new Query("dashboard", "dashboard figures", i -> "/api/dashboard"));
        List<Measurement> measurements = new ArrayList<>();
        String[][] variants = {
            {"", "today"},
            {"asOf=" + asOf, "as of " + asOf},
            {"knownAt=" + knownAt.atOffset(ZoneOffset.UTC).toInstant(), "known at " + knownAt}
        };
        for (Query query : queries) {
            for (String[] variant : variants) {
                IntFunction<String> path = i -> with(query.path().apply(i), variant[0]);
                long deadline = System.nanoTime() + (long) (budget * 1e9);
                for (int i = 0; i < Math.min(samples, 20) && (i < 2 || System.nanoTime() < deadline); i++) {
                    fetch(path.apply(i));
                }
                deadline = System.nanoTime() + (long) (budget * 1e9);
                Latencies latencies = new Latencies();
                for (int i = 0; i < samples && (i < 3 || System.nanoTime() < deadline); i++) {
                    String next = path.apply(i + 1_000);
                    long start = System.nanoTime();
                    fetch(next);
                    latencies.add(System.nanoTime() - start);
                }
                String key = "read." + query.key()
                        + (variant[0].isEmpty() ? "" : "." + variant[0].substring(0, variant[0].indexOf('=')));
                measurements.add(Benchmark.logged(Measurement.latency(
                        SECTION,
                        key,
                        query.what() + ", " + variant[1],
                        latencies,
                        "GET " + query.path().apply(0).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"))));
            }
        }
        return measurements;
    }

    private void fetch(String path) {
        HttpResponse<String> response = tracker.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The first 40%: items and sessions that the as-of and known-at variants (at the middle) already know. */
    private static int earlier(int size) {
        return Math.max(1, size * 2 / 5);
    }

    /** Spreads successive samples over the whole range instead of reading neighbours. */
    private static int spread(int sample, int size) {
        return (int) ((sample * 7_919L) % size);
    }

    private static String with(String path, String parameter) {
        return parameter.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + parameter;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
