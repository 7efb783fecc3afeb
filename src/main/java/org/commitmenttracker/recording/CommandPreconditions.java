package org.commitmenttracker.recording;

import java.util.regex.Pattern;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.web.ETags;

/**
 * What a client says about a command besides the command itself: its Idempotency-Key and the version it saw (If-Match).
 * Both are read and checked once, when the request arrives, and refused as 400 problem+json naming the header. The API
 * gets them from the headers ({@code recording.web.CommandArguments}), a form from hidden fields.
 *
 * @param idempotencyKey null when the client sent none
 * @param expectedVersion null when the client sent no If-Match, or "*"
 */
public record CommandPreconditions(String idempotencyKey, Long expectedVersion) {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";

    /** The column holds 200 characters; keys are opaque tokens such as UUIDs, so printable ASCII suffices. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public static CommandPreconditions of(String idempotencyKey, String ifMatch) {
        Long expectedVersion = ETags.parseIfMatch(ifMatch);
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidField(
                    IDEMPOTENCY_KEY, "must be 1 to 200 printable ASCII characters without spaces, such as a UUID");
        }
        return new CommandPreconditions(idempotencyKey, expectedVersion);
    }

    /** A command that creates an aggregate: there is no version to expect yet. */
    public CommandRequest create(Object command) {
        return new CommandRequest(command, idempotencyKey, null);
    }

    /** A command about an existing aggregate, refused with 412 if the client saw an older version. */
    public CommandRequest update(Object command) {
        return new CommandRequest(command, idempotencyKey, expectedVersion);
    }

    /** The id of a new aggregate the client did not name: derived from the key, so that a retry names the same one. */
    public String newId() {
        return Ids.newId(idempotencyKey);
    }
}
