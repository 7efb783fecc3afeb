package org.commitmenttracker.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who wants the digest by e-mail, in which language, and up to which recording instant it has been sent. Kept whether
 * or not a mail server is configured, so the setting survives turning mail off and on.
 */
@Component
public class MailDigests {

    /** Deliberately loose: the mail server is the judge of an address; this only refuses what cannot be one. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;

    MailDigests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Subscription(String username, String email, String language, Instant sentUpTo) {}

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
        jdbc.sql("""
                        INSERT INTO mail_digest (username, email, language) VALUES (?, ?, ?)
                        ON CONFLICT (username) DO UPDATE SET email = excluded.email, language = excluded.language""").params(username, address, lang).update();
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
                        rs.getObject("sent_up_to", OffsetDateTime.class).toInstant()))
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
                        rs.getObject("sent_up_to", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Moves the marker only if nobody moved it since it was read: the one who moves it sends. */
    boolean claim(String username, Instant from, Instant to) {
        return jdbc.sql("UPDATE mail_digest SET sent_up_to = ? WHERE username = ? AND sent_up_to = ?")
                        .params(to.atOffset(ZoneOffset.UTC), username, from.atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }
}
