package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall-clock time, truncated to milliseconds (the precision every supported store keeps). If the machine's clock is
 * stepped back, it holds at the latest time it has given out rather than go backwards, as the port promises.
 */
final class SystemClock implements Clock {

    private final AtomicLong latestMillis = new AtomicLong(Long.MIN_VALUE);

    @Override
    public Instant now() {
        long now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        return Instant.ofEpochMilli(latestMillis.accumulateAndGet(now, Math::max));
    }
}
