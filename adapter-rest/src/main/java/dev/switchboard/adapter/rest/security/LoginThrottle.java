package dev.switchboard.adapter.rest.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per key (a user name, a client address). A key may fail {@code maxFailures} times; then each attempt
 * waits the settings' initial delay after the last failure, doubled with every further failure up to their maximum.
 * A key without failures for their forget-after past the end of its wait is forgotten, and so is the least recently
 * used key beyond {@link #CAPACITY}, which bounds the memory a flood of names or addresses can take.
 *
 * <p>An attempt counts as a failure from the moment it is admitted, so parallel guesses cannot all slip through
 * before the first one fails; a success or an attempt that never ran is taken back.
 */
final class LoginThrottle {

    static final int CAPACITY = 10_000;

    private final int maxFailures;
    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @param maxFailures the settings' allowance for this kind of key */
    LoginThrottle(int maxFailures, LoginThrottleSettings settings, Clock clock) {
        this.maxFailures = maxFailures;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Admits an attempt for {@code key} and counts it as a failure, or refuses it without counting.
     *
     * @return zero when admitted, else how long the key must still wait
     */
    synchronized Duration admit(String key) {
        Instant now = clock.instant();
        Failures record = failures.get(key);
        if (record != null && !now.isBefore(record.waitEnds().plus(settings.forgetAfter()))) {
            record = null;
        }
        if (record != null && now.isBefore(record.waitEnds())) {
            return Duration.between(now, record.waitEnds());
        }
        int count = record == null ? 1 : record.count() + 1;
        failures.put(key, new Failures(count, now, now.plus(delayAfter(count))));
        return Duration.ZERO;
    }

    /** Takes back one admitted attempt: it succeeded, or it never ran. */
    synchronized void takeBack(String key) {
        Failures record = failures.get(key);
        if (record == null || record.count() <= 1) {
            failures.remove(key);
        } else {
            int count = record.count() - 1;
            failures.put(key, new Failures(count, record.last(), record.last().plus(delayAfter(count))));
        }
    }

    /** Clears the key: its owner proved the password. */
    synchronized void clear(String key) {
        failures.remove(key);
    }

    /** The wait after {@code count} failures: none up to the allowance, then doubling from the initial delay. */
    Duration delayAfter(int count) {
        if (count < maxFailures) {
            return Duration.ZERO;
        }
        Duration delay = settings.initialDelay();
        Duration longest = settings.maxDelay();
        for (int beyond = count - maxFailures; beyond > 0 && delay.compareTo(longest) < 0; beyond--) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) < 0 ? delay : longest;
    }

    private record Failures(int count, Instant last, Instant waitEnds) {
    }
}
