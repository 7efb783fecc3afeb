package org.commitmenttracker.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The app_user table: accounts with a hashed password and one role. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, '' AS password_hash, role, enabled FROM app_user ORDER BY username")
                .query((rs, row) -> new Account(rs.getString(1), "", Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .list();
    }

    public boolean create(String username, String rawPassword, Role role) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                .params(username, passwords.encode(rawPassword), role.name())
                .update() == 1;
    }

    public boolean update(String username, Role role, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET role = ?, enabled = ? WHERE username = ?")
                .params(role.name(), enabled, username)
                .update() == 1;
    }

    public boolean changePassword(String username, String rawPassword) {
        return jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwords.encode(rawPassword), username)
                .update() == 1;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    /** An account as stored; the hash never leaves this package's API answers. */
    public record Account(String username, String passwordHash, Role role, boolean enabled) {
    }
}
