package org.commitmenttracker.shared.refusal;

/** A query asked to see the register at least at a position the read models have not reached in time: 503. */
public class NotCaughtUp extends RuntimeException {

    private final long position;

    public NotCaughtUp(long position, long waitedMillis) {
        super("The read models have not yet applied position " + position + " after waiting " + waitedMillis
                + " ms; nothing is wrong with what was recorded. Try again shortly.");
        this.position = position;
    }

    public long position() {
        return position;
    }
}
