package org.commitmenttracker.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who wants the digest by e-mail, in which language, and up to which audit-log index it has been sent. Kept whether or
 * not a mail server is configured, so the setting survives turning mail off and on.
 */
@Component
public class MailDigests {

    /** Deliberately loose: the mail server is the judge of an address; this only refuses what cannot be one. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final WatchedChanges changes;

    MailDigests(JdbcClient jdbc, WatchedChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * @param sentUpTo when the marker last moved (the subscription, or the last digest)
     * @param sent how far in the audit log the digests have gone (see {@link SeenMarker}): not a recording instant, so
     *     an event projected after a digest (a processor behind, a rebuild) is sent in the next one
     */
    public record Subscription(String username, String email, String language, Instant sentUpTo, SeenMarker sent) {}

    /** A new address starts from now: the first mail brings what changes after it, not the whole history. */
    public Subscription subscribe(String username, String email, String language) {
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new InvalidField("email", "must be an e-mail address");
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip();
        if (!lang.equals("en") && !lang.equals("ru")) {
            throw new InvalidField("language", "must be en or ru");
        }
        SeenMarker now = changes.seenNow(username, SeenMarker.NOTHING);
        jdbc.sql("""
                        INSERT INTO mail_digest (username, email, language, sent_through, sent_also)
                        VALUES (?, ?, ?, ?, ?::bigint[])
                        ON CONFLICT (username) DO UPDATE SET email = excluded.email, language = excluded.language""")
                .params(username, address, lang, now.through(), now.alsoLiteral())
                .update();
        return of(username).orElseThrow();
    }

    public boolean unsubscribe(String username) {
        return jdbc.sql("DELETE FROM mail_digest WHERE username = ?")
                        .param(username)
                        .update()
                > 0;
    }

    public Optional<Subscription> of(String username) {
        return jdbc.sql("SELECT * FROM mail_digest WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Subscription(
                        rs.getString("username"),
                        rs.getString("email"),
                        rs.getString("language"),
                        rs.getObject("sent_up_to", OffsetDateTime.class).toInstant(),
                        SeenMarker.read(rs.getLong("sent_through"), rs.getArray("sent_also"))))
                .optional();
    }

    /** Subscribers whose account is enabled. */
    java.util.List<Subscription> all() {
        return jdbc.sql("""
                        SELECT d.* FROM mail_digest d JOIN app_user u ON u.username = d.username
                        WHERE u.enabled ORDER BY d.username""")
                .query((rs, n) -> new Subscription(
                        rs.getString("username"),
                        rs.getString("email"),
                        rs.getString("language"),
                        rs.getObject("sent_up_to", OffsetDateTime.class).toInstant(),
                        SeenMarker.read(rs.getLong("sent_through"), rs.getArray("sent_also"))))
                .list();
    }

    /** Moves the marker only if nobody moved it since it was read: the one who moves it sends. */
    boolean claim(String username, SeenMarker from, SeenMarker to) {
        return jdbc.sql("""
                        UPDATE mail_digest SET sent_through = ?, sent_also = ?::bigint[], sent_up_to = now()
                        WHERE username = ? AND sent_through = ? AND sent_also = ?::bigint[]""")
                        .params(to.through(), to.alsoLiteral(), username, from.through(), from.alsoLiteral())
                        .update()
                > 0;
    }
}
