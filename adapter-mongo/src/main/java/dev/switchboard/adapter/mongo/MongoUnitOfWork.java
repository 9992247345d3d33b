package dev.switchboard.adapter.mongo;

import com.mongodb.MongoException;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Runs work against changes bound to the thread and commits them at the end: the bot session it changed
 * ({@link SessionCommit}), then the interaction it changed ({@link BatchCommit}); the unit's webhook deliveries ride in
 * the first of these writes, or are inserted on their own when the unit changed neither. When another unit changed the
 * same interaction first, the work runs again on fresh reads: it only talks to the ports, so it can.
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
    private final SessionCommit sessionCommit;
    private final OutboxSequence outboxSequence;
    private final OutboxRelay outboxRelay;
    private final Duration timeBudget;
    private final InteractionLocks locks = new InteractionLocks();
    private final ThreadLocal<Run> current = new ThreadLocal<>();

    /** One run of a unit: the changes it records and the locks it holds until it ends. */
    private record Run(UnitOfChanges changes, InteractionLocks.Held locks) {
    }

    MongoUnitOfWork(MongoStore store, @Value("${" + TIME_BUDGET + ":10s}") Duration timeBudget) {
        this.store = store;
        this.outboxRelay = new OutboxRelay(store);
        this.outboxSequence = new OutboxSequence(store);
        this.batchCommit = new BatchCommit(store, outboxRelay);
        this.sessionCommit = new SessionCommit(store, outboxRelay);
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
                if (commit(run.changes())) {
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
     * Commits the unit's changes. Its deliveries are numbered here, after the unit read every document it changes (see
     * {@link OutboxSequence}), and carried by the session's write if there is one (they are the session's events), else
     * by the interaction's; either write makes them exist together with the change that caused them.
     *
     * @return false when another unit changed the interaction first: the unit runs again. (A session written before
     *         stays written; the run again finds it so and answers from it, as a client's retry would.)
     */
    private boolean commit(UnitOfChanges changes) {
        Optional<TrackedInteraction> interaction = changes.change();
        Optional<SessionChange> session = changes.sessionChange();
        List<Document> deliveries = outboxSequence.numbered(changes.deliveries());
        if (session.isPresent()) {
            sessionCommit.commit(session.get(), deliveries);
            deliveries = List.of();
        }
        if (interaction.isPresent()) {
            return batchCommit.commit(interaction.get(), deliveries);
        }
        if (session.isEmpty() && !deliveries.isEmpty()) {
            outboxRelay.insert(deliveries);
        }
        return true;
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
