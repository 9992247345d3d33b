package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.shared.SysId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-process locks behind {@code Interactions.findByIdForUpdate}. The compare-and-set at commit is what keeps
 * concurrent units correct, across instances too; these locks only make units of one instance wait for each other
 * instead of racing, failing their commit and running again. A fixed set of stripes keeps memory flat: two
 * interactions that share a stripe merely wait for each other.
 */
final class InteractionLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final long timeoutMillis;

    InteractionLocks(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** Locks the interaction's stripe, waiting at most the timeout; the caller unlocks the returned lock. */
    Lock lock(SysId interactionId) {
        Lock lock = stripes[Math.floorMod(interactionId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("interaction " + interactionId + " stayed locked by another unit of work"
                        + " for " + timeoutMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for interaction " + interactionId, e);
        }
        return lock;
    }
}
