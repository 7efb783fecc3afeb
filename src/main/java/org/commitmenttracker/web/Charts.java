package org.commitmenttracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the data-chart attribute that static/js/app.js turns into a Chart.js chart. Each bar may carry a link (the
 * list of items it counts), which the script follows on click.
 */
public final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {}

    /** One bar (or slice) per key, labelled through {@code label}, linked through {@code link}. */
    public static String counts(
            String type, Map<String, Long> counts, Function<String, String> label, Function<String, String> link) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        spec.put("labels", counts.keySet().stream().map(label).toList());
        spec.put("values", List.copyOf(counts.values()));
        spec.put("links", counts.keySet().stream().map(link).toList());
        return JSON.writeValueAsString(spec);
    }

    /** Several series over the same labels, stacked: e.g. each party's items by status. */
    public static String stacked(List<String> labels, Map<String, List<? extends Number>> series, boolean horizontal) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        series.forEach((name, values) -> datasets.add(Map.of("label", name, "values", values)));
        return JSON.writeValueAsString(Map.of(
                "type", "bar", "labels", labels, "datasets", datasets, "stacked", true, "horizontal", horizontal));
    }

    /** A plain bar chart with a fixed scale, e.g. compliance percentages from 0 to 100. */
    public static String bars(List<String> labels, List<? extends Number> values, String label, Number max) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "bar");
        spec.put("label", label);
        spec.put("labels", labels);
        spec.put("values", values);
        spec.put("max", max);
        return JSON.writeValueAsString(spec);
    }
}
