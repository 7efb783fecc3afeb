package org.commitmenttracker.recording.web;

import java.util.Map;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.session.RecordSession;
import org.commitmenttracker.shared.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
class SessionCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    SessionCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/sessions", produces = "application/json")
    ResponseEntity<Recorded> record(
            @RequestBody ObjectNode body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String sessionId = body.hasNonNull("sessionId") ? body.get("sessionId").asString() : Ids.newId(key);
        RecordSession command = bodies.read(body, RecordSession.class, Map.of("sessionId", sessionId));
        return recorder.create(new CommandRequest(command, key), sessionId, "/api/sessions/" + sessionId);
    }
}
