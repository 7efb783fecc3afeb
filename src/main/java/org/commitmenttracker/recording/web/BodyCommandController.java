package org.commitmenttracker.recording.web;

import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.register.body.RecordMembershipChange;
import org.commitmenttracker.register.body.RegisterBody;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BodyCommandController {

    private final CommandRecorder recorder;

    BodyCommandController(CommandRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/bodies", produces = "application/json")
    ResponseEntity<Recorded> register(@CommandBody RegisterBody command, CommandPreconditions preconditions) {
        return recorder.create(preconditions.create(command), command.aggregateId(), "/api/bodies/" + command.code());
    }

    /** A party joined or left the body, or suspended or resumed its participation; dated, with its source. */
    @PostMapping(path = "/api/bodies/{body}/memberships", produces = "application/json")
    ResponseEntity<Recorded> recordMembershipChange(
            @CommandBody RecordMembershipChange command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.aggregateId());
    }
}
