package org.commitmenttracker.recording.web;

import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.party.RegisterParty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartyCommandController {

    private final CommandRecorder recorder;

    PartyCommandController(CommandRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/parties", produces = "application/json")
    ResponseEntity<Recorded> register(@CommandBody RegisterParty command, CommandPreconditions preconditions) {
        return recorder.create(preconditions.create(command), command.aggregateId(), "/api/parties/" + command.code());
    }
}
