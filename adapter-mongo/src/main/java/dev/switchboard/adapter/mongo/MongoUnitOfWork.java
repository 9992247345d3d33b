package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work against changes bound to the thread and commits them at the end ({@link BatchCommit}). When another unit
 * changed the same interaction first, the work runs again on fresh reads: it only talks to the ports, so it can.
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
    private final BatchCommit batchCommit;
    private final InteractionLocks locks = new InteractionLocks(LOCK_TIMEOUT_MILLIS);
    private final ThreadLocal<Run> current = new ThreadLocal<>();

    /** One run of a unit: the changes it records and the locks it holds until it ends. */
    private record Run(UnitOfChanges changes, InteractionLocks.Held locks) {
    }

    MongoUnitOfWork(MongoStore store) {
        this.store = store;
        this.batchCommit = new BatchCommit(store);
    }

    /** A nested unit joins the outer one. */
    @Override
    public <T> T run(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            Run run = new Run(new UnitOfChanges(store), locks.hold());
            current.set(run);
            try {
                T result = work.get();
                Optional<TrackedInteraction> change = run.changes().change();
                if (change.isEmpty() || batchCommit.commit(change.get())) {
                    return result;
                }
            } finally {
                current.remove();
                run.locks().release();
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("gave up after " + MAX_ATTEMPTS + " attempts: every time, another"
                        + " unit of work changed the same interaction first");
            }
            backOff(attempt);
        }
    }

    /**
     * Locks the interaction until the running unit ends; outside a unit there is nothing to hold a lock for. Once
     * locked, the unit reads the interaction again, so that its commit expects the version the previous holder left.
     */
    void lock(SysId interactionId) {
        Run run = current.get();
        if (run != null && run.locks().lock(interactionId)) {
            run.changes().forgetUnchanged(interactionId);
        }
    }

    /** Reads through the running unit, so that it sees its own changes; outside a unit, reads committed state. */
    <T> T read(Function<UnitOfChanges, T> reading) {
        Run run = current.get();
        return reading.apply(run != null ? run.changes() : new UnitOfChanges(store));
    }

    /** Records a change in the running unit; outside a unit, the change is a unit of its own. */
    void write(Consumer<UnitOfChanges> change) {
        run(() -> {
            change.accept(current.get().changes());
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
