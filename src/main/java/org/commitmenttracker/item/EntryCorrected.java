package org.commitmenttracker.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * An earlier statement was replaced; the corrected event itself is never touched. The JSON keeps the shape
 * {@code "field": ..., "value": ...}; revision 2 writes lists as lists where revision 1 joined them with commas, and
 * {@link CorrectedValue#read} reads both.
 */
@Revision("2")
public record EntryCorrected(
        String itemId,
        long correctsVersion,
        @JsonIgnore CorrectedValue correction,
        String reason,
        WorldDate worldDate,
        Source source)
        implements ItemEvent {

    @JsonCreator
    static EntryCorrected read(
            @JsonProperty("itemId") String itemId,
            @JsonProperty("correctsVersion") long correctsVersion,
            @JsonProperty("field") CorrectableField field,
            @JsonProperty("value") Object value,
            @JsonProperty("reason") String reason,
            @JsonProperty("worldDate") WorldDate worldDate,
            @JsonProperty("source") Source source) {
        return new EntryCorrected(
                itemId, correctsVersion, CorrectedValue.read(field, value), reason, worldDate, source);
    }

    @JsonProperty("field")
    public CorrectableField field() {
        return correction.field();
    }

    @JsonProperty("value")
    Object value() {
        return correction.json();
    }
}
