package org.commitmenttracker.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads response bodies for assertions. */
public final class Json {

    /** Decimals stay BigDecimal so a test can see that 0.60 was written with its two decimals. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {}

    public static JsonNode read(String body) {
        return MAPPER.readTree(body);
    }

    /** The text values of one field over every element of an array. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(
                element.get(field).isNull() ? null : element.get(field).asString()));
        return values;
    }
}
