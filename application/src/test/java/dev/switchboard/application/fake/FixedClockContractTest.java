package dev.switchboard.application.fake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.ClockContract;
import dev.switchboard.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedClockContractTest extends ClockContract {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T10:15:30.123Z"));

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void itRefusesWhatTheRealClockCannotDo() {
        assertThatThrownBy(() -> new FixedClock(Instant.parse("2026-03-01T10:15:30.123456Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofNanos(500))).isInstanceOf(IllegalArgumentException.class);
    }
}
