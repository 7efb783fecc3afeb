package org.commitmenttracker.shared.refusal;

/** A command field whose value the domain refuses; answered as 400 naming the field. */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
