package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A clock that stands still until a test moves it. Like the real clock, it keeps to whole milliseconds and never
 * goes back, so it refuses a start or a step that would break either (see {@code ClockContract}).
 */
public final class FixedClock implements Clock {

    private Instant now;

    public FixedClock(Instant start) {
        if (start.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a clock keeps whole milliseconds, not " + start);
        }
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a clock moves forward in whole milliseconds, not by " + duration);
        }
        now = now.plus(duration);
    }
}
