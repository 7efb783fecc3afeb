package org.commitmenttracker.eventstore.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The checkpoint signing key, kept outside the database: from {@code TRACKER_CHECKPOINT_KEY} (the PKCS#8 PEM itself) if
 * set, else from the file {@code tracker.checkpoints.key-file}. When that file does not exist yet, a key is generated
 * into it at first start (readable by the owner only) and its public key is logged, so checkpoints are always on.
 * Whoever holds this key can sign checkpoints: keep it away from the database's administrators.
 */
@Component
@Lazy // the command-line checks need no signing key, and must not create one on the verifier's machine
class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final KeyPair keys;
    private final String keyId;

    CheckpointSigner(CheckpointProperties properties) {
        this.keys = StringUtils.hasText(properties.key())
                ? SigningKeys.fromPrivate(SigningKeys.readPrivate(properties.key()))
                : fromFile(Path.of(properties.keyFile()));
        this.keyId = SigningKeys.keyId(keys.getPublic());
        log.info("Checkpoints are signed with Ed25519 key {}; public key:\n{}", keyId, publicKeyPem());
    }

    private static KeyPair fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return SigningKeys.fromPrivate(
                        SigningKeys.readPrivate(Files.readString(file, StandardCharsets.US_ASCII)));
            }
            KeyPair generated = SigningKeys.generate();
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".checkpoint-key", ".tmp");
            try {
                restrictToOwner(temporary);
                Files.writeString(
                        temporary,
                        SigningKeys.pem("PRIVATE KEY", generated.getPrivate().getEncoded()),
                        StandardCharsets.US_ASCII);
                // Atomic: nobody ever reads half a key.
                Files.move(temporary, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            log.warn(
                    "Generated a new checkpoint signing key in {}; back it up and keep it away from the database",
                    absolute);
            return SigningKeys.fromPrivate(
                    SigningKeys.readPrivate(Files.readString(absolute, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint signing key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits its folder's access list.
        }
    }

    String keyId() {
        return keyId;
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    String publicKeyPem() {
        return SigningKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    byte[] sign(byte[] content) {
        return SigningKeys.sign(keys.getPrivate(), content);
    }
}
