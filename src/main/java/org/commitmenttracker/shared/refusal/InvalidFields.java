package org.commitmenttracker.shared.refusal;

import java.util.List;

/** Several fields refused at once, such as the cells of a table checked before any is recorded; answered as 400. */
public class InvalidFields extends RuntimeException {

    private final List<InvalidField> fields;

    public InvalidFields(List<InvalidField> fields) {
        super(fields.size() + " fields are invalid");
        this.fields = List.copyOf(fields);
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
