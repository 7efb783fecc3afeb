package org.commitmenttracker.recording.web;

import java.util.HashMap;
import java.util.Map;
import org.commitmenttracker.item.AssessParty;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.CorrectEntry;
import org.commitmenttracker.item.LinkItems;
import org.commitmenttracker.item.RaiseFollowUp;
import org.commitmenttracker.item.RecordDecision;
import org.commitmenttracker.item.RecordPledge;
import org.commitmenttracker.item.RecordProposal;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.commitmenttracker.shared.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Records decisions, proposals and pledges, and everything that later happens to them. */
@RestController
@RequestMapping(path = "/api/items", produces = "application/json")
class ItemCommandController {

    private static final String KEY = "Idempotency-Key";

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    ItemCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @PostMapping("/decisions")
    ResponseEntity<Recorded> recordDecision(
            @RequestBody ObjectNode body, @RequestHeader(name = KEY, required = false) String key) {
        return create(body, RecordDecision.class, key);
    }

    @PostMapping("/proposals")
    ResponseEntity<Recorded> recordProposal(
            @RequestBody ObjectNode body, @RequestHeader(name = KEY, required = false) String key) {
        return create(body, RecordProposal.class, key);
    }

    @PostMapping("/pledges")
    ResponseEntity<Recorded> recordPledge(
            @RequestBody ObjectNode body, @RequestHeader(name = KEY, required = false) String key) {
        return create(body, RecordPledge.class, key);
    }

    @PostMapping("/{itemId}/status-changes")
    ResponseEntity<Recorded> changeStatus(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = KEY, required = false) String key) {
        return update(itemId, body, ChangeStatus.class, ifMatch, key);
    }

    @PostMapping("/{itemId}/follow-ups")
    ResponseEntity<Recorded> raiseFollowUp(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = KEY, required = false) String key) {
        return update(itemId, body, RaiseFollowUp.class, ifMatch, key);
    }

    @PostMapping("/{itemId}/assessments")
    ResponseEntity<Recorded> assessParty(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = KEY, required = false) String key) {
        return update(itemId, body, AssessParty.class, ifMatch, key);
    }

    @PostMapping("/{itemId}/links")
    ResponseEntity<Recorded> link(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = KEY, required = false) String key) {
        return update(itemId, body, LinkItems.class, ifMatch, key);
    }

    @PostMapping("/{itemId}/corrections")
    ResponseEntity<Recorded> correct(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = KEY, required = false) String key) {
        return update(itemId, body, CorrectEntry.class, ifMatch, key);
    }

    private ResponseEntity<Recorded> create(ObjectNode body, Class<?> type, String key) {
        String itemId = body.hasNonNull("itemId") ? body.get("itemId").asString() : Ids.newId(key);
        Object command = bodies.read(body, type, Map.of("itemId", itemId));
        return recorder.create(new CommandRequest(command, key), itemId, "/api/items/" + itemId);
    }

    private ResponseEntity<Recorded> update(String itemId, ObjectNode body, Class<?> type, String ifMatch, String key) {
        Long expectedVersion = CommandBodies.expectedVersion(ifMatch);
        Map<String, Object> serverValues = new HashMap<>();
        serverValues.put("itemId", itemId);
        serverValues.put("expectedVersion", expectedVersion);
        Object command = bodies.read(body, type, serverValues);
        return recorder.update(new CommandRequest(command, key, expectedVersion), itemId);
    }
}
