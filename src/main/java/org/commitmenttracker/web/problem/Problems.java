package org.commitmenttracker.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem+json bodies; every refusal names its type under one URI space. */
final class Problems {

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://commitment-tracker.org/problems/" + type));
        return problem;
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().reason()
                        : errors.size() + " fields are invalid");
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "reason", e.reason()))
                        .toList());
        return problem;
    }

    /** One refused field: its JSON path (e.g. source.title) and why. */
    record FieldError(String field, String reason) {}
}
