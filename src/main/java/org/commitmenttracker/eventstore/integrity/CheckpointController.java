package org.commitmenttracker.eventstore.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes the signed checkpoints and the public key (readable like the rest of the register: by viewers, or by anyone
 * when public read is on); admins may sign one on demand.
 */
@RestController
@Tag(name = "Integrity", description = "Signed checkpoints of the event store, for anyone to keep and check later")
class CheckpointController {

    private final Checkpoints checkpoints;

    CheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping(path = "/api/integrity/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The newest checkpoints (up to 200), newest first, without their leaves")
    List<Checkpoints.Summary> list() {
        return checkpoints.list();
    }

    @GetMapping(path = "/api/integrity/checkpoints/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The newest checkpoint, as the file to keep")
    ObjectNode latest() {
        return checkpoints.latest().orElseThrow(() -> new NotRecorded("checkpoint", "latest"));
    }

    @GetMapping(path = "/api/integrity/checkpoints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "One checkpoint, as the file to keep: signed content and signature (base64), and the content decoded")
    ObjectNode byId(@PathVariable long id) {
        return checkpoints.byId(id).orElseThrow(() -> new NotRecorded("checkpoint", String.valueOf(id)));
    }

    @GetMapping(path = "/api/integrity/public-key", produces = "application/x-pem-file")
    @Operation(
            summary =
                    "The Ed25519 public key that checkpoints are signed with (PEM); its key id is in the X-Key-Id header")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().header("X-Key-Id", checkpoints.keyId()).body(checkpoints.publicKeyPem());
    }

    @PostMapping(path = "/api/admin/integrity/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign a checkpoint now (admins); 409 when a chain is broken")
    ResponseEntity<ObjectNode> sign() {
        return ResponseEntity.status(HttpStatus.CREATED).body(checkpoints.sign());
    }
}
