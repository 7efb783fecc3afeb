package org.commitmenttracker.shared.refusal;

/** A command names an item, session or body that the register never recorded; answered as 404. */
public class NotRecorded extends RuntimeException {

    public NotRecorded(String what, String id) {
        super(what + " " + id + " is not recorded");
    }
}
