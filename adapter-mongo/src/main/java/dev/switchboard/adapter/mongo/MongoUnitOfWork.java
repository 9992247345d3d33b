package dev.switchboard.adapter.mongo;

import com.mongodb.MongoException;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work against changes bound to the thread and commits them at the end ({@link BatchCommit}). When another unit
 * changed the same interaction first, the work runs again on fresh reads: it only talks to the ports, so it can.
 *
 * <p>A unit has a time budget ({@code switchboard.mongo.unit-time-budget}) for waiting: for an interaction that
 * another unit of this instance has locked, and for running again after losing to a unit of another instance. When
 * it is spent, the unit gives up with {@link StorageUnavailableException}, having stored nothing, as a database's
 * lock timeout would; so does a unit that finds the database unreachable ({@link UnavailableMongo}).
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoUnitOfWork implements UnitOfWork {

    static final String TIME_BUDGET = "switchboard.mongo.unit-time-budget";
    private static final long FIRST_BACKOFF_MILLIS = 5;
    private static final long MAX_BACKOFF_MILLIS = 500;

    private final MongoStore store;
    private final BatchCommit batchCommit;
    private final Duration timeBudget;
    private final InteractionLocks locks = new InteractionLocks();
    private final ThreadLocal<Run> current = new ThreadLocal<>();

    /** One run of a unit: the changes it records and the locks it holds until it ends. */
    private record Run(UnitOfChanges changes, InteractionLocks.Held locks) {
    }

    MongoUnitOfWork(MongoStore store, @Value("${" + TIME_BUDGET + ":10s}") Duration timeBudget) {
        this.store = store;
        this.batchCommit = new BatchCommit(store);
        this.timeBudget = timeBudget;
    }

    /** A nested unit joins the outer one. */
    @Override
    public <T> T run(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        long deadline = System.nanoTime() + timeBudget.toNanos();
        for (int attempt = 1; ; attempt++) {
            Run run = new Run(new UnitOfChanges(store), locks.hold(deadline));
            current.set(run);
            try {
                T result = work.get();
                Optional<TrackedInteraction> change = run.changes().change();
                if (change.isEmpty() || batchCommit.commit(change.get())) {
                    return result;
                }
            } catch (MongoException e) {
                throw UnavailableMongo.translate(e);
            } finally {
                current.remove();
                run.locks().release();
            }
            backOff(attempt, deadline);
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
        try {
            return reading.apply(run != null ? run.changes() : new UnitOfChanges(store));
        } catch (MongoException e) {
            throw UnavailableMongo.translate(e);
        }
    }

    /** Records a change in the running unit; outside a unit, the change is a unit of its own. */
    void write(Consumer<UnitOfChanges> change) {
        run(() -> {
            change.accept(current.get().changes());
            return null;
        });
    }

    /**
     * Exponential backoff with full jitter, so that units that lost together do not collide again, within what is
     * left of the budget.
     */
    private void backOff(int attempt, long deadline) {
        long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            throw new StorageUnavailableException("gave up after " + attempt + " runs in " + timeBudget.toMillis()
                    + " ms: every time, a unit of another instance changed the same interaction first");
        }
        long ceiling = Math.min(Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt, 20)), leftMillis);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a unit of work again", e);
        }
    }
}
