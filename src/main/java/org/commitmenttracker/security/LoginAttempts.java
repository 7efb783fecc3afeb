package org.commitmenttracker.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, in Bucket4j token buckets, counted twice: per username from one client address, and per client
 * address whatever the username. Only failures spend tokens, so a user who types the password right is never slowed
 * down. There is deliberately no limit per username alone: anyone could then lock a user out by failing on their
 * behalf; the real user on another address still signs in. Usernames are keyed as sign-in reads them (SignInNames), and
 * the address is the one Tomcat reports, which honours X-Forwarded-For only from the configured trusted proxies.
 */
@Component
class LoginAttempts {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> byUserAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginAttempts(TrackerSecurityProperties properties) {
        this.perUser = properties.loginLimit().perUser();
        this.perAddress = properties.loginLimit().perAddress();
        this.window = properties.loginLimit().window();
    }

    /** How long the caller must wait before trying again, if either limit is used up. */
    Optional<Duration> blockedFor(String username, String address) {
        long waitNanos = Math.max(wait(byUserAndAddress, userAtAddress(username, address)), wait(byAddress, address));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    void failed(String username, String address) {
        if (byUserAndAddress.size() + byAddress.size() > MAX_TRACKED) {
            byUserAndAddress.clear(); // bounded memory under a flood of made-up names; the limit restarts
            byAddress.clear();
        }
        if (username != null) {
            byUserAndAddress
                    .computeIfAbsent(userAtAddress(username, address), key -> bucket(perUser))
                    .tryConsume(1);
        }
        if (address != null) {
            byAddress.computeIfAbsent(address, key -> bucket(perAddress)).tryConsume(1);
        }
    }

    private static String userAtAddress(String username, String address) {
        return SignInNames.normalise(username) + "\u0000" + address;
    }

    private static long wait(Map<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.get(key);
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, window)
                        .build())
                .build();
    }
}
