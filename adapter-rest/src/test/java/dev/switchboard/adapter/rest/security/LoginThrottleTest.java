package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SteppingClock clock = new SteppingClock();
    private final LoginThrottle throttle = new LoginThrottle(3, new LoginThrottleSettings(3, 3, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofMinutes(15), 1, Duration.ofSeconds(1)), clock);

    @Test
    void theAllowanceIsFreeThenTheFirstWaitIsTheInitialDelay() {
        for (int i = 1; i <= 3; i++) {
            assertThat(throttle.admit("alice")).as("attempt " + i).isZero();
        }

        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.admit("bob")).as("other keys are not affected").isZero();
    }

    @Test
    void eachFailureAfterTheAllowanceDoublesTheWaitUpToTheCap() {
        fail(3);
        for (Duration expected : new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
            Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15)}) {
            assertThat(throttle.admit("alice")).isEqualTo(expected);
            clock.advance(expected);
            assertThat(throttle.admit("alice")).as("after waiting " + expected).isZero();
        }
    }

    @Test
    void aRefusedAttemptIsNotCountedAndTheWaitRunsDown() {
        fail(3);
        clock.advance(Duration.ofSeconds(40));

        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofSeconds(20));
        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aKeyIsForgottenAfterQuietPastTheEndOfItsWait() {
        fail(3);
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)));

        fail(3);
        assertThat(throttle.admit("alice")).as("a fresh allowance, then the initial wait").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresWithinTheAllowanceAreForgottenAfterQuiet() {
        fail(2);
        clock.advance(Duration.ofMinutes(15));

        fail(3);
        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void takingBackAnAttemptUndoesItsCount() {
        fail(2);
        assertThat(throttle.admit("alice")).isZero();

        throttle.takeBack("alice");

        assertThat(throttle.admit("alice")).as("still the third attempt").isZero();
        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void clearingAKeyStartsItAfresh() {
        fail(3);

        throttle.clear("alice");

        fail(3);
        assertThat(throttle.admit("alice")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void keepsAtMostItsCapacityOfKeys() {
        fail(3);
        for (int i = 0; i < LoginThrottle.CAPACITY; i++) {
            throttle.admit("flood" + i);
        }

        assertThat(throttle.admit("alice")).as("the oldest key made room").isZero();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.admit("alice")).isZero();
        }
    }

    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
