package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, the n-th wait, each stretched or shrunk by
 * up to a fifth at random so that deliveries that failed together do not come back together; after the last wait
 * runs out, the delivery is dead. An endpoint's Retry-After (429, 503) is honoured when it asks for longer.
 * The default is Svix's: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (eight attempts over about a day and a half).
 */
public record RetrySchedule(List<Duration> waits) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)));

    private static final double JITTER = 0.2;

    public RetrySchedule {
        waits = List.copyOf(waits);
        if (waits.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new InvalidValueException("retry-schedule", "every wait must be positive");
        }
    }

    /** How many attempts a delivery gets in all. */
    public int attempts() {
        return waits.size() + 1;
    }

    /**
     * When the next attempt is due after {@code failedAttempts} failures, or empty when the delivery is dead.
     *
     * @param random a number in [0, 1), for the jitter
     */
    public Optional<Instant> next(int failedAttempts, Instant now, Optional<Duration> retryAfter,
                                  DoubleSupplier random) {
        if (failedAttempts >= attempts()) {
            return Optional.empty();
        }
        Duration wait = waits.get(failedAttempts - 1);
        long millis = Math.round(wait.toMillis() * (1 - JITTER + 2 * JITTER * random.getAsDouble()));
        Duration jittered = Duration.ofMillis(Math.max(1, millis));
        Duration chosen = retryAfter.filter(asked -> asked.compareTo(jittered) > 0).orElse(jittered);
        return Optional.of(now.plus(chosen));
    }
}
