package org.commitmenttracker.recording.web;

import org.commitmenttracker.item.AssessParty;
import org.commitmenttracker.item.AttachEvidence;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.CorrectEntry;
import org.commitmenttracker.item.LinkItems;
import org.commitmenttracker.item.RaiseFollowUp;
import org.commitmenttracker.item.RecordDecision;
import org.commitmenttracker.item.RecordPledge;
import org.commitmenttracker.item.RecordPosition;
import org.commitmenttracker.item.RecordProposal;
import org.commitmenttracker.item.RecordStatement;
import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records decisions, proposals, pledges and stated positions, and everything that later happens to them. The item id of
 * a fact about an item comes from the path; {@link CommandArguments} puts it into the command.
 */
@RestController
@RequestMapping(path = "/api/items", produces = "application/json")
class ItemCommandController {

    private final CommandRecorder recorder;

    ItemCommandController(CommandRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/decisions")
    ResponseEntity<Recorded> recordDecision(
            @CommandBody(generatedId = "itemId") RecordDecision command, CommandPreconditions preconditions) {
        return create(preconditions.create(command), command.itemId());
    }

    @PostMapping("/proposals")
    ResponseEntity<Recorded> recordProposal(
            @CommandBody(generatedId = "itemId") RecordProposal command, CommandPreconditions preconditions) {
        return create(preconditions.create(command), command.itemId());
    }

    /** A stated position: on record, never open (README, "Event catalogue", StatementMade). */
    @PostMapping("/statements")
    ResponseEntity<Recorded> recordStatement(
            @CommandBody(generatedId = "itemId") RecordStatement command, CommandPreconditions preconditions) {
        return create(preconditions.create(command), command.itemId());
    }

    @PostMapping("/pledges")
    ResponseEntity<Recorded> recordPledge(
            @CommandBody(generatedId = "itemId") RecordPledge command, CommandPreconditions preconditions) {
        return create(preconditions.create(command), command.itemId());
    }

    @PostMapping("/{itemId}/status-changes")
    ResponseEntity<Recorded> changeStatus(@CommandBody ChangeStatus command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    /** A document that bears on the status without changing it. */
    @PostMapping("/{itemId}/evidence")
    ResponseEntity<Recorded> attachEvidence(@CommandBody AttachEvidence command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    /** A party signed, declined, abstained, joined later or withdrew its support. */
    @PostMapping("/{itemId}/positions")
    ResponseEntity<Recorded> recordPosition(@CommandBody RecordPosition command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    @PostMapping("/{itemId}/follow-ups")
    ResponseEntity<Recorded> raiseFollowUp(@CommandBody RaiseFollowUp command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    @PostMapping("/{itemId}/assessments")
    ResponseEntity<Recorded> assessParty(@CommandBody AssessParty command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    @PostMapping("/{itemId}/links")
    ResponseEntity<Recorded> link(@CommandBody LinkItems command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    @PostMapping("/{itemId}/corrections")
    ResponseEntity<Recorded> correct(@CommandBody CorrectEntry command, CommandPreconditions preconditions) {
        return recorder.update(preconditions.update(command), command.itemId());
    }

    private ResponseEntity<Recorded> create(CommandRequest request, String itemId) {
        return recorder.create(request, itemId, "/api/items/" + itemId);
    }
}
