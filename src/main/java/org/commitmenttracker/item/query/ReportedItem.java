package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a compliance report says of one item, read for all its items at once ({@link ItemDetails#forReport}): the row,
 * the text, the Russian summary, the source, the assessments with the source of each (by version), and the evidence.
 */
public record ReportedItem(
        ItemRow item,
        String text,
        String summaryRu,
        JsonNode source,
        List<ItemDetail.Assessment> assessments,
        Map<Long, JsonNode> assessmentSources,
        List<ItemDetail.Evidence> evidence) {}
