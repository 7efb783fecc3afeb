package org.commitmenttracker.recording.web;

import java.util.Map;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.party.RegisterParty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
class PartyCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    PartyCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/parties", produces = "application/json")
    ResponseEntity<Recorded> register(
            @RequestBody ObjectNode body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        RegisterParty command = bodies.read(body, RegisterParty.class, Map.of());
        return recorder.create(
                new CommandRequest(command, key), command.aggregateId(), "/api/parties/" + command.code());
    }
}
