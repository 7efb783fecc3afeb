package org.commitmenttracker.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per username and per client address, in Bucket4j token buckets. Only failures
 * spend tokens, so a user who types the password right is never slowed down by the limit.
 */
@Component
class LoginAttempts {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> byUser = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginAttempts(@Value("${tracker.security.login-limit.per-user:5}") int perUser,
                  @Value("${tracker.security.login-limit.per-address:20}") int perAddress,
                  @Value("${tracker.security.login-limit.window:PT1M}") Duration window) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if either limit is used up. */
    Optional<Duration> blockedFor(String username, String address) {
        long waitNanos = Math.max(wait(byUser, username), wait(byAddress, address));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    void failed(String username, String address) {
        if (byUser.size() + byAddress.size() > MAX_TRACKED) {
            byUser.clear(); // bounded memory under a flood of made-up names; the limit restarts
            byAddress.clear();
        }
        if (username != null) {
            byUser.computeIfAbsent(username, key -> bucket(perUser)).tryConsume(1);
        }
        if (address != null) {
            byAddress.computeIfAbsent(address, key -> bucket(perAddress)).tryConsume(1);
        }
    }

    private static long wait(Map<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.get(key);
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }
}
