package org.commitmenttracker.security;

import java.util.Optional;
import org.commitmenttracker.eventstore.Recorder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The recorder is whoever signed in; requests cannot name it themselves. Work with nobody signed in (the seed load at
 * first start) is recorded under the configured system name.
 */
@Component
class SignedInRecorder implements Recorder {

    private final String systemName;

    SignedInRecorder(TrackerSecurityProperties.Recorder properties) {
        this.systemName = properties.defaultName();
    }

    @Override
    public String currentName() {
        return signedIn().orElse(systemName);
    }

    @Override
    public Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? Optional.of(authentication.getName()) : Optional.empty();
    }
}
