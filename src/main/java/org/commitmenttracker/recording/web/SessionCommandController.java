package org.commitmenttracker.recording.web;

import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.session.RecordSession;
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
}
