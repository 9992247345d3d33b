package dev.switchboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything it stores becomes visible together, or, if it throws, none of it does.
 * Storage adapters implement it with their own means: a database transaction (JDBC), or buffered writes committed
 * by one compare-and-set (MongoDB), which re-runs the work when a concurrent unit won. The work must therefore only
 * talk to ports of the same store: a side effect outside them (an HTTP call, a message sent) could happen twice.
 */
public interface UnitOfWork {

    /**
     * Runs the work as one unit. Services call every storage port inside a unit, reads included, so that this is
     * the one place where a store reports that it cannot be used.
     *
     * @throws StorageUnavailableException if the store cannot be reached, stops answering, or keeps the unit waiting
     *                                     for a busy record, for longer than its configured bound; nothing was stored
     *                                     (see the exception for the one case where that cannot be known)
     */
    <T> T run(Supplier<T> work);

    /**
     * {@link #run} for work that is redone when a crash loses it, such as a webhook dispatcher's claim and the record
     * of an attempt (lost, the delivery is claimed and sent again, and the receiver drops the copy by its id). The
     * unit is as atomic and as visible to other units as any other; only the wait for the disk at its commit may be
     * skipped, which is most of what a small transaction costs. Stores without such a choice run it as {@link #run}.
     */
    default <T> T runRedoable(Supplier<T> work) {
        return run(work);
    }
}
