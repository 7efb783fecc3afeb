package org.commitmenttracker.recording;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotCaughtUp;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes: a query that carries {@value #POSITION} (as a command's answer gave it) is held until every read
 * model has applied that event, for at most {@code tracker.read-your-writes.max-wait}; past that it is answered 503
 * {@code not-caught-up} with Retry-After, never with older data that looks current. Queries without the header answer
 * at once from whatever the read models hold.
 */
@Configuration(proxyBeanMethods = false)
public class ReadYourWrites implements WebMvcConfigurer, HandlerInterceptor {

    /** The header a command's answer carries and a query may send back: a global index in the event store. */
    public static final String POSITION = "Tracker-Position";

    private static final Duration POLL = Duration.ofMillis(20);

    private final ProjectionStatus projections;
    private final Duration maxWait;

    ReadYourWrites(ProjectionStatus projections, ReadYourWritesProperties properties) {
        this.projections = projections;
        this.maxWait = properties.maxWait();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(POSITION);
        if (header == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        long position = parse(header);
        long started = System.nanoTime();
        while (!projections.appliedThrough(position)) {
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            if (waited >= maxWait.toMillis()) {
                throw new NotCaughtUp(position, waited);
            }
            Thread.sleep(POLL);
        }
        return true;
    }

    private static long parse(String header) {
        try {
            long position = Long.parseLong(header.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // answered below as the same refusal
        }
        throw new InvalidField(POSITION, "must be a position a command's answer gave, a whole number of 0 or more");
    }
}
