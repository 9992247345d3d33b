package dev.switchboard.adapter.webhook.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A {@code Retry-After} header: seconds, or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
final class RetryAfter {

    /** An endpoint cannot hold a delivery back for longer than a day with one header. */
    private static final Duration AT_MOST = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Duration> parse(Optional<String> header, Clock clock) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            return bounded(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return bounded(Duration.between(clock.instant(), at.toInstant()));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Duration> bounded(Duration wait) {
        if (wait.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(wait.compareTo(AT_MOST) > 0 ? AT_MOST : wait);
    }
}
