package org.commitmenttracker.reporting.report;

import java.time.LocalDate;
import org.commitmenttracker.shared.provenance.Source;
import tools.jackson.databind.JsonNode;

/** The read model keeps a fact's source as JSON; the report cites it as the {@link Source} it was recorded as. */
final class Sources {

    private Sources() {}

    static Source of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String published = text(node, "publishedOn");
        return new Source(
                text(node, "title"),
                text(node, "publisher"),
                text(node, "url"),
                published == null ? null : LocalDate.parse(published),
                text(node, "locator"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
