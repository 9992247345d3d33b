package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that stands still until a test moves it. */
public final class FixedClock implements Clock {

    private Instant now;

    public FixedClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
