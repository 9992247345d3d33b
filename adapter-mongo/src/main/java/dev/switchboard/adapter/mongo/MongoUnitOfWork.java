package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work against a change set bound to the thread ({@link UnitOfChanges}) and commits it at the end with one
 * compare-and-set. When another unit changed the same interaction first, the work runs again on fresh reads: it only
 * talks to the ports, so a second run is as good as the first. A nested unit joins the outer one.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoUnitOfWork implements UnitOfWork {

    /** Runs of one unit before giving up; only units of other instances can conflict (see InteractionLocks). */
    static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_BACKOFF_MILLIS = 5;
    private static final long MAX_BACKOFF_MILLIS = 500;
    /** Like a database's lock timeout: how long a unit waits for another to release an interaction. */
    private static final long LOCK_TIMEOUT_MILLIS = 10_000;

    private final MongoStore store;
    private final InteractionLocks locks = new InteractionLocks(LOCK_TIMEOUT_MILLIS);
    private final ThreadLocal<UnitOfChanges> current = new ThreadLocal<>();

    MongoUnitOfWork(MongoStore store) {
        this.store = store;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            UnitOfChanges unit = new UnitOfChanges(store, locks);
            current.set(unit);
            try {
                T result = work.get();
                if (unit.commit()) {
                    return result;
                }
            } finally {
                current.remove();
                unit.release();
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("gave up after " + MAX_ATTEMPTS + " attempts: every time, another"
                        + " unit of work changed the same interaction first");
            }
            backOff(attempt);
        }
    }

    /** Whether a unit of work runs on this thread. */
    boolean inUnit() {
        return current.get() != null;
    }

    /** Reads through the running unit, so that it sees its own changes; outside a unit, reads committed state. */
    <T> T read(Function<UnitOfChanges, T> reading) {
        UnitOfChanges unit = current.get();
        return reading.apply(unit != null ? unit : new UnitOfChanges(store, locks));
    }

    /** Records a change in the running unit; outside a unit, the change is a unit of its own. */
    void write(Consumer<UnitOfChanges> change) {
        run(() -> {
            change.accept(current.get());
            return null;
        });
    }

    /** Exponential backoff with full jitter, so that units that lost together do not collide again. */
    private static void backOff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a unit of work again", e);
        }
    }
}
