package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.shared.SysId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-process locks behind {@code Interactions.findByIdForUpdate}, so that units of one instance wait for each other
 * instead of losing the commit's compare-and-set and running again. A fixed set of stripes keeps memory flat: two
 * interactions that share a stripe merely wait for each other.
 */
final class InteractionLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    InteractionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /**
     * A handle for one run of a unit of work, which takes no lock yet.
     *
     * @param deadline the {@link System#nanoTime()} after which the unit waits for no lock any more
     */
    Held hold(long deadline) {
        return new Held(deadline);
    }

    /** The locks one run of a unit of work holds: each interaction is locked once, and all are released together. */
    final class Held {

        private final Map<SysId, Lock> locked = new HashMap<>();
        private final long deadline;

        private Held(long deadline) {
            this.deadline = deadline;
        }

        /**
         * Locks the interaction unless this handle holds it already; true when it was locked by this call.
         *
         * @throws StorageUnavailableException when another unit held it until the deadline, as a database's lock
         *                                     timeout would
         */
        boolean lock(SysId interactionId) {
            if (locked.containsKey(interactionId)) {
                return false;
            }
            locked.put(interactionId, acquire(interactionId));
            return true;
        }

        void release() {
            locked.values().forEach(Lock::unlock);
            locked.clear();
        }

        private Lock acquire(SysId interactionId) {
            Lock lock = stripes[Math.floorMod(interactionId.hashCode(), STRIPES)];
            try {
                if (!lock.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new StorageUnavailableException("interaction " + interactionId
                            + " stayed locked by another unit of work until this unit's time budget was spent");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for interaction " + interactionId, e);
            }
            return lock;
        }
    }
}
