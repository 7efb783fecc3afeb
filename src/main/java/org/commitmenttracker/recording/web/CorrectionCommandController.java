package org.commitmenttracker.recording.web;

import io.swagger.v3.oas.annotations.Operation;
import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.body.CorrectBody;
import org.commitmenttracker.register.party.CorrectParty;
import org.commitmenttracker.register.session.CorrectSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of what the register itself holds: a session's facts, a party's or a body's names. Kept apart from the
 * recording endpoints because a correction never records anything new about the world, only replaces a statement.
 */
@RestController
class CorrectionCommandController {

    private final CommandRecorder recorder;

    CorrectionCommandController(CommandRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/sessions/{sessionId}/corrections", produces = "application/json")
    @Operation(summary = "Correct a session's title, date, place, kind, format, chair or participants")
    ResponseEntity<Recorded> correctSession(@CommandBody CorrectSession command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.sessionId());
    }

    @PostMapping(path = "/api/parties/{code}/corrections", produces = "application/json")
    @Operation(summary = "Correct a party's name, Russian name or kind")
    ResponseEntity<Recorded> correctParty(@CommandBody CorrectParty command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.aggregateId());
    }

    @PostMapping(path = "/api/bodies/{code}/corrections", produces = "application/json")
    @Operation(summary = "Correct a body's name, Russian name or organisation")
    ResponseEntity<Recorded> correctBody(@CommandBody CorrectBody command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.aggregateId());
    }
}
