package dev.switchboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofMinutes(5)));

    @Test
    void theNthFailureWaitsTheNthWaitWithinAFifthEitherWay() {
        assertThat(schedule.next(1, NOW, Optional.empty(), () -> 0.0)).contains(NOW.plusSeconds(8));
        assertThat(schedule.next(1, NOW, Optional.empty(), () -> 0.5)).contains(NOW.plusSeconds(10));
        assertThat(schedule.next(2, NOW, Optional.empty(), () -> 0.999_999)).hasValueSatisfying(at ->
                assertThat(at).isBetween(NOW.plusSeconds(359), NOW.plusSeconds(360)));
    }

    @Test
    void afterTheLastWaitTheDeliveryIsDead() {
        assertThat(schedule.attempts()).isEqualTo(3);
        assertThat(schedule.next(3, NOW, Optional.empty(), () -> 0.5)).isEmpty();
    }

    @Test
    void aLongerRetryAfterIsHonouredAShorterOneIsNot() {
        assertThat(schedule.next(1, NOW, Optional.of(Duration.ofMinutes(1)), () -> 0.5)).contains(NOW.plusSeconds(60));
        assertThat(schedule.next(1, NOW, Optional.of(Duration.ofSeconds(1)), () -> 0.5)).contains(NOW.plusSeconds(10));
    }

    @Test
    void theStandardScheduleIsSvixsEightAttempts() {
        assertThat(RetrySchedule.STANDARD.attempts()).isEqualTo(8);
        assertThat(RetrySchedule.STANDARD.waits()).startsWith(Duration.ofSeconds(5), Duration.ofMinutes(5));
    }
}
