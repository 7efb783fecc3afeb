package org.commitmenttracker.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security's form login and HTTP Basic check passwords against app_user. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public SignedInAccount loadUserByUsername(String username) {
        return accounts.find(SignInNames.normalise(username))
                .map(AccountDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    static SignedInAccount principal(Accounts.Account account) {
        return new SignedInAccount(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                List.of(new SimpleGrantedAuthority(account.role().authority())),
                account.securityStamp());
    }
}
