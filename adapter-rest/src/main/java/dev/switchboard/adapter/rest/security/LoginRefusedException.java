package dev.switchboard.adapter.rest.security;

import java.time.Duration;

/**
 * A login that was not even checked, to spare the CPU a password check costs; the client may try again after
 * {@link #retryAfterSeconds()}. Answered with a {@code Retry-After} header by the error package's LoginRefusalHandler.
 */
public abstract sealed class LoginRefusedException extends RuntimeException
        permits LoginThrottledException, LoginBusyException {

    private final long retryAfterSeconds;

    LoginRefusedException(String message, Duration retryAfter) {
        super(message, null, false, false); // an expected answer: no stack trace to fill
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    /** Whole seconds, rounded up, at least 1 (the form of {@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
