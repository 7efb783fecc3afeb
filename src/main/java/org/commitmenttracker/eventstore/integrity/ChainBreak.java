package org.commitmenttracker.eventstore.integrity;

/** The first position at which one aggregate's chain does not hold, and why. */
public record ChainBreak(String aggregate, long sequence, String reason) {

    @Override
    public String toString() {
        return "aggregate " + aggregate + ", sequence " + sequence + ": " + reason;
    }
}
