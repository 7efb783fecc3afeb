package org.commitmenttracker.recording.web;

import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.session.RecordSession;
import org.commitmenttracker.register.session.RecordSessionOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionCommandController {

    private final CommandRecorder recorder;

    SessionCommandController(CommandRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/sessions", produces = "application/json")
    ResponseEntity<Recorded> record(
            @CommandBody(generatedId = "sessionId") RecordSession command, CommandPreconditions preconditions) {
        return recorder.create(
                preconditions.create(command), command.sessionId(), "/api/sessions/" + command.sessionId());
    }

    /** How many documents the session presented, adopted, signed or sent back, where the report names few. */
    @PostMapping(path = "/api/sessions/{sessionId}/outcomes", produces = "application/json")
    ResponseEntity<Recorded> recordOutcome(
            @CommandBody RecordSessionOutcome command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.sessionId());
    }
}
