package org.commitmenttracker.reliability;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every place in a JSON tree where a value sits, so a generator can replace any one of them. */
record JsonSlots(JsonNode parent, String field, int index, String path) {

    static List<JsonSlots> of(JsonNode root) {
        List<JsonSlots> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    JsonNode value() {
        return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
        if (field != null) {
            ((ObjectNode) parent).set(field, value);
        } else {
            ((ArrayNode) parent).set(index, value);
        }
    }

    /** The field name, or for a list element the name of the list. */
    String name() {
        return field != null ? field : path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }

    private static void collect(JsonNode node, String path, List<JsonSlots> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                String child = path.isEmpty() ? name : path + "." + name;
                slots.add(new JsonSlots(object, name, -1, child));
                collect(object.get(name), child, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new JsonSlots(array, null, i, child));
                collect(array.get(i), child, slots);
            }
        }
    }
}
