package org.commitmenttracker.recording.form;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the text a monitor typed into the command's JSON. Empty inputs are left out, so optional values stay absent and
 * required ones are reported missing by the command's own validation.
 */
final class FormJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormJson() {}

    static ObjectNode of(CommandForm form, Map<String, String> input) {
        ObjectNode root = NODES.objectNode();
        for (FormField field : form.fields()) {
            String text = input.getOrDefault(field.name(), "").strip();
            JsonNode value =
                    switch (field.type()) {
                        case LIST -> text.isEmpty() ? null : list(text);
                        case ROWS -> text.isEmpty() ? null : rows(text, field);
                        case WORLD_DATE ->
                            text.isEmpty()
                                    ? null
                                    : NODES.objectNode()
                                            .put("date", text)
                                            .put("precision", input.getOrDefault(field.name() + ".precision", "DAY"));
                        default -> text.isEmpty() ? null : NODES.stringNode(text);
                    };
            if (value != null) {
                put(root, field.name(), value);
            }
        }
        return root;
    }

    private static ArrayNode list(String text) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .forEach(array::add);
        return array;
    }

    private static ArrayNode rows(String text, FormField field) {
        ArrayNode array = NODES.arrayNode();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            ObjectNode row = array.addObject();
            for (int i = 0; i < field.columns().size() && i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    row.put(field.columns().get(i), cells[i].strip());
                }
            }
        }
        return array;
    }

    /** Sets a value at a dotted path such as handover.effective, creating the objects on the way. */
    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }
}
