package org.commitmenttracker.watch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the watchlist ({@code tracker.watch.*}).
 *
 * @param dueSoon how far ahead "due soon" looks, in whole days (e.g. {@code 30d}, the default)
 */
@ConfigurationProperties("tracker.watch")
public record WatchProperties(@DefaultValue("30d") Duration dueSoon) {

    public WatchProperties {
        if (dueSoon.isNegative() || dueSoon.toDays() < 1) {
            throw new IllegalArgumentException("tracker.watch.due-soon must be at least one day");
        }
    }
}
