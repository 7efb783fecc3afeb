package org.commitmenttracker.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The app_user table: accounts with a hashed password and one role. The security stamp changes whenever existing
 * sign-ins must stop counting (a new password, a disabled account).
 */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(
                        "SELECT username, password_hash, role, enabled, security_stamp FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> read(rs, 1))
                .optional();
    }

    /** An account from five columns starting at {@code first}: username, hash, role, enabled, stamp. */
    static Account read(ResultSet rs, int first) throws SQLException {
        return new Account(
                rs.getString(first),
                rs.getString(first + 1),
                Role.valueOf(rs.getString(first + 2)),
                rs.getBoolean(first + 3),
                rs.getLong(first + 4));
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, enabled, security_stamp FROM app_user ORDER BY username")
                .query((rs, row) -> new Account(
                        rs.getString(1), "", Role.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getLong(4)))
                .list();
    }

    /** Call with a password PasswordPolicy has accepted: bcrypt refuses more than 72 bytes. */
    public boolean create(String username, String rawPassword, Role role) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                        .params(username, passwords.encode(rawPassword), role.name())
                        .update()
                == 1;
    }

    /**
     * Sets role and state, unless that would leave no enabled admin. The enabled admins are locked first, so two admins
     * demoting each other at the same moment cannot both succeed. Disabling an account also revokes its API tokens and
     * changes its stamp, which ends its sessions.
     */
    @Transactional
    public Change change(String username, Role role, boolean enabled) {
        List<String> admins = jdbc.sql(
                        "SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled ORDER BY username FOR UPDATE")
                .query(String.class)
                .list();
        boolean removesAnAdmin = admins.contains(username) && (role != Role.ADMIN || !enabled);
        if (removesAnAdmin && admins.size() == 1) {
            return Change.LAST_ADMIN;
        }
        int updated =
                jdbc.sql("""
                        UPDATE app_user SET role = ?, enabled = ?,
                               security_stamp = security_stamp + CASE WHEN enabled AND NOT ? THEN 1 ELSE 0 END
                        WHERE username = ?""").params(role.name(), enabled, enabled, username).update();
        if (updated == 0) {
            return Change.NO_SUCH_ACCOUNT;
        }
        if (!enabled) {
            jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE username = ? AND revoked_at IS NULL")
                    .param(username)
                    .update();
        }
        return Change.CHANGED;
    }

    /** Whether the raw password is this account's current one. */
    public boolean passwordMatches(String username, String rawPassword) {
        return find(username)
                .map(account -> passwords.matches(rawPassword, account.passwordHash()))
                .orElse(false);
    }

    /**
     * Stores a new password and a new stamp, so every sign-in made with the old password ends; returns the new stamp.
     */
    public Optional<Long> changePassword(String username, String rawPassword) {
        return jdbc.sql("""
                        UPDATE app_user SET password_hash = ?, security_stamp = security_stamp + 1
                        WHERE username = ? RETURNING security_stamp""")
                .params(passwords.encode(rawPassword), username)
                .query(Long.class)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    /** An account as stored; the hash never leaves this package's API answers. */
    public record Account(String username, String passwordHash, Role role, boolean enabled, long securityStamp) {}

    public enum Change {
        CHANGED,
        NO_SUCH_ACCOUNT,
        LAST_ADMIN
    }
}
