package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs one unit at a time and rolls the store back to where the unit started when it throws.
 * A nested unit joins the outer one, as a joined database transaction would.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryStore store;
    private final ReentrantLock lock = new ReentrantLock(true);

    public InMemoryUnitOfWork(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            InMemoryStore.Snapshot before = store.snapshot();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                store.restore(before);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
