package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Clock} must do: the real one and the tests' fixed one alike. */
public abstract class ClockContract {

    /** The clock under test. Called once per test; it may return the same clock every time. */
    protected abstract Clock clock();

    /** Lets at least {@code duration} pass for the clock under test: a real clock waits, a fake one is moved. */
    protected abstract void letTimePass(Duration duration);

    @Test
    void theTimeIsInWholeMillisecondsThatNeverGoBack() {
        Instant previous = clock().now();
        for (int read = 0; read < 10_000; read++) {
            if (read % 1_000 == 0) {
                letTimePass(Duration.ofMillis(1));
            }
            Instant now = clock().now();

            assertThat(now).isNotNull().isAfterOrEqualTo(previous);
            assertThat(now.getNano() % 1_000_000).as("nanoseconds beyond the millisecond of %s", now).isZero();
            previous = now;
        }
    }

    /** At least millisecond precision: a clock that only moved every second would fail here. */
    @Test
    void aMillisecondLaterTheTimeIsAMillisecondLater() {
        Instant before = clock().now();

        letTimePass(Duration.ofMillis(1));

        assertThat(clock().now()).isAfterOrEqualTo(before.plusMillis(1));
    }
}
