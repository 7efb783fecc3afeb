package org.commitmenttracker.recording;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.read-your-writes.*}.
 *
 * @param maxWait how long a query that carries a position waits for the read models before it is answered 503
 */
@ConfigurationProperties("tracker.read-your-writes")
public record ReadYourWritesProperties(@DefaultValue("5s") Duration maxWait) {}
