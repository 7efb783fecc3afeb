package org.commitmenttracker.recording;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Map;
import org.commitmenttracker.web.ETags;
import org.springframework.stereotype.Component;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a command from a JSON body after putting in the values only the server may set: the id from the path and the
 * expected version from If-Match. Whatever the client wrote there is replaced.
 *
 * <p>Reading is stricter than Jackson's defaults, which would turn {@code "precision": "1"} into MONTH, {@code "date":
 * 20220110} into a day in the year 57333, and {@code "title": true} into "true". A wrong type is a mistake the monitor
 * should hear about, so these are refused.
 */
@Component
public class CommandBodies {

    private final JsonMapper json;

    CommandBodies(JsonMapper json) {
        this.json = json.rebuild()
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(
                                CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LocalDate.class, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withConfigOverride(
                        LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)))
                .build();
    }

    /**
     * Reads the command. The server's values are written into {@code body} itself: both callers build the node for this
     * one command (a request body, a form's JSON), so copying the whole tree first, as before, only cost an allocation
     * per field on every HTTP command (issue #17 profile).
     */
    public <C> C read(ObjectNode body, Class<C> commandType, Map<String, Object> serverValues) {
        TextRules.check(body);
        serverValues.forEach((field, value) -> body.set(field, json.valueToTree(value)));
        return json.treeToValue(body, commandType);
    }

    /**
     * The version the client saw, from If-Match; null when it sent none. Kept for callers that read the header
     * themselves; a command endpoint takes {@link CommandPreconditions} instead.
     */
    public static Long expectedVersion(String ifMatch) {
        return ETags.parseIfMatch(ifMatch);
    }
}
