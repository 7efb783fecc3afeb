package org.commitmenttracker.item;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G7/G20 Research Group compliance scores; NOT_APPLICABLE is left out of every average. */
public enum Compliance {
    @JsonProperty("+1")
    FULL(1),
    @JsonProperty("0")
    PARTIAL(0),
    @JsonProperty("-1")
    NON_COMPLIANCE(-1),
    @JsonProperty("n/a")
    NOT_APPLICABLE(null);

    private final Integer score;

    Compliance(Integer score) {
        this.score = score;
    }

    /** The numeric score, or null for n/a. */
    public Integer score() {
        return score;
    }
}
