package org.commitmenttracker.eventstore.integrity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verifies the event store on request. The answer is 200 with {@code intact} true or false: the request itself
 * succeeded, the report says what it found.
 */
@RestController
class IntegrityController {

    private final IntegrityVerifier verifier;

    IntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(path = "/api/admin/integrity", produces = "application/json")
    IntegrityReport verify() {
        return verifier.verify();
    }
}
