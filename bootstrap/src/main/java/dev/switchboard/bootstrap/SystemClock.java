package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock time, truncated to milliseconds: the precision every supported store keeps. */
final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
