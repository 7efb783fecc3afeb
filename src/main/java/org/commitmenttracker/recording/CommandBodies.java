package org.commitmenttracker.recording;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a command from a JSON body after putting in the values only the server may set: the id
 * from the path and the expected version from If-Match. Whatever the client wrote there is replaced.
 */
@Component
public class CommandBodies {

    private final ObjectMapper json;

    CommandBodies(ObjectMapper json) {
        this.json = json;
    }

    public <C> C read(ObjectNode body, Class<C> commandType, Map<String, Object> serverValues) {
        ObjectNode merged = body.deepCopy();
        serverValues.forEach((field, value) -> merged.set(field, json.valueToTree(value)));
        return json.treeToValue(merged, commandType);
    }

    /** The version the client saw, from If-Match; null when it sent none. */
    public static Long expectedVersion(String ifMatch) {
        return ETags.parseIfMatch(ifMatch);
    }
}
