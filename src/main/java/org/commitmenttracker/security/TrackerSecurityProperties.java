package org.commitmenttracker.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.security.*} (README, "Configuration"). The trusted proxies are read by Tomcat's RemoteIpValve through
 * application.yml, not here.
 *
 * @param publicRead anyone may read; recording still needs an editor
 * @param passwordCost bcrypt's cost (log2 rounds, 4 to 31) for new password hashes
 */
@ConfigurationProperties("tracker.security")
public record TrackerSecurityProperties(
        @DefaultValue("false") boolean publicRead,
        @DefaultValue Tokens tokens,
        @DefaultValue Admin admin,
        @DefaultValue LoginLimit loginLimit,
        @DefaultValue("10") int passwordCost) {

    /** @param lifetime how long a new API token works, unless a shorter life is asked for */
    public record Tokens(@DefaultValue("P90D") Duration lifetime) {}

    /** The first admin, created at first start; without a password one is generated and logged once. */
    public record Admin(
            @DefaultValue("admin") String username,
            @DefaultValue("") String password) {}

    /** Failed sign-ins allowed per user and address, and per address, within the window. */
    public record LoginLimit(
            @DefaultValue("5") int perUser,
            @DefaultValue("20") int perAddress,
            @DefaultValue("PT1M") Duration window) {}

    /**
     * {@code tracker.recorder.*}.
     *
     * @param defaultName recorded for work done with nobody signed in (the seed load at first start)
     */
    @ConfigurationProperties("tracker.recorder")
    public record Recorder(@DefaultValue("system") String defaultName) {}
}
