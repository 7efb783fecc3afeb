package org.commitmenttracker.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal kept in a signed-in session: the account as it was at sign-in, with its security stamp, so that each
 * later request can tell whether the account has changed since.
 */
class SignedInAccount extends User {

    private final long securityStamp;

    SignedInAccount(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            long securityStamp) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.securityStamp = securityStamp;
    }

    long securityStamp() {
        return securityStamp;
    }

    // User's equals and hashCode compare usernames only, which is what session bookkeeping wants.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
