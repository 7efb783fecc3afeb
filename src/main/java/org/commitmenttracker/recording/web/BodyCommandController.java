package org.commitmenttracker.recording.web;

import java.util.Map;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.body.RegisterBody;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
class BodyCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    BodyCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/bodies", produces = "application/json")
    ResponseEntity<Recorded> register(
            @RequestBody ObjectNode body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        RegisterBody command = bodies.read(body, RegisterBody.class, Map.of());
        return recorder.create(
                new CommandRequest(command, key), command.aggregateId(), "/api/bodies/" + command.code());
    }
}
