package dev.switchboard.adapter.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code switchboard.security.login-throttle}: how failed logins slow down whoever keeps failing.
 *
 * @param maxFailuresPerUser    failed logins for one user name before it must wait
 * @param maxFailuresPerAddress failed logins from one client address before it must wait
 * @param initialDelay          the first wait; each further failure doubles it
 * @param maxDelay              the longest wait
 * @param forgetAfter           a user name or address without failures for this long after its wait is forgotten
 * @param maxConcurrentChecks   password checks (PBKDF2) that run at once; 0 = one per processor
 * @param checkWait             how long a login waits for a free check before it is answered 503
 */
@ConfigurationProperties("switchboard.security.login-throttle")
record LoginThrottleSettings(@Bindable(defaultValue = "5") int maxFailuresPerUser,
                             @Bindable(defaultValue = "20") int maxFailuresPerAddress,
                             @Bindable(defaultValue = "1m") Duration initialDelay,
                             @Bindable(defaultValue = "15m") Duration maxDelay,
                             @Bindable(defaultValue = "15m") Duration forgetAfter,
                             @Bindable(defaultValue = "0") int maxConcurrentChecks,
                             @Bindable(defaultValue = "1s") Duration checkWait) {

    private static final String PREFIX = "switchboard.security.login-throttle.";

    LoginThrottleSettings {
        atLeast(1, maxFailuresPerUser, "max-failures-per-user");
        atLeast(1, maxFailuresPerAddress, "max-failures-per-address");
        atLeast(0, maxConcurrentChecks, "max-concurrent-checks");
        positive(initialDelay, "initial-delay");
        positive(maxDelay, "max-delay");
        positive(checkWait, "check-wait");
        if (forgetAfter == null || forgetAfter.isNegative()) {
            throw new ConfigurationException(PREFIX + "forget-after must not be negative");
        }
    }

    /** Checks that run at once: the configured number, or one per processor. */
    int concurrentChecks() {
        return maxConcurrentChecks == 0 ? Runtime.getRuntime().availableProcessors() : maxConcurrentChecks;
    }

    private static void atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new ConfigurationException(PREFIX + name + " must be at least " + minimum + ", was " + value);
        }
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new ConfigurationException(PREFIX + name + " must be a positive duration such as 1s or 15m");
        }
    }
}
