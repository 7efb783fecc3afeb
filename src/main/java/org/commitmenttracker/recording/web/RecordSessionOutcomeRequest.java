package org.commitmenttracker.recording.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.commitmenttracker.register.session.OutcomeKind;
import org.commitmenttracker.register.session.RecordSessionOutcome;
import org.commitmenttracker.shared.provenance.Source;

/** The body of POST /api/sessions/{sessionId}/outcomes; the session id comes from the path. */
@Schema(requiredProperties = {"outcome", "count", "source"})
record RecordSessionOutcomeRequest(
        @Schema(example = "SIGNED") OutcomeKind outcome,

        @Schema(example = "17", minimum = "0", maximum = "10000")
        Integer count,

        @Schema(example = "The report names 15 of them") String note,
        Source source) {

    RecordSessionOutcome command(String sessionId, Long expectedVersion) {
        return new RecordSessionOutcome(sessionId, expectedVersion, outcome, count, note, source);
    }
}
