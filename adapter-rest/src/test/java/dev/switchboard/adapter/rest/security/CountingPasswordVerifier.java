package dev.switchboard.adapter.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real password check, counted: how many ran, how many ran at once at most. A test may hold every check at a
 * gate until it opens it, to make checks overlap or to keep the slots busy. Active in the environment
 * {@value #ENVIRONMENT} only.
 */
@Singleton
@Requires(env = CountingPasswordVerifier.ENVIRONMENT)
@Replaces(Pbkdf2PasswordVerifier.class)
final class CountingPasswordVerifier implements PasswordVerifier {

    static final String ENVIRONMENT = "counted-logins";

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public boolean matches(PasswordHash hash, String password) {
        checks.incrementAndGet();
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            return hash.matches(password);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running.decrementAndGet();
        }
    }

    int checks() {
        return checks.get();
    }

    int running() {
        return running.get();
    }

    int peak() {
        return peak.get();
    }

    /** From now on every check waits until {@link #open()}. */
    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }
}
