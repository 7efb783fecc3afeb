package org.commitmenttracker.shared.refusal;

import java.util.Map;

/** A well-formed command that the current state does not allow; answered as 409 with the details. */
public class RuleViolation extends RuntimeException {

    private final Map<String, Object> details;

    public RuleViolation(String message) {
        this(message, Map.of());
    }

    public RuleViolation(String message, Map<String, Object> details) {
        super(message);
        this.details = details;
    }

    public Map<String, Object> details() {
        return details;
    }
}
