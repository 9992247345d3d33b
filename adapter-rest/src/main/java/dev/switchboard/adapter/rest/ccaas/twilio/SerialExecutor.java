package dev.switchboard.adapter.rest.ccaas.twilio;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one connection's tasks one at a time, in the order they were handed over, on a shared pool: a media stream's
 * messages must be applied in order (audio before the stop that stores it), while the pool's threads serve every
 * connection and the event loop only parses and hands over.
 */
final class SerialExecutor implements Executor {

    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
        } finally {
            draining.set(false);
            if (!tasks.isEmpty()) {
                schedule(); // a task handed over after the last poll and before the flag was cleared
            }
        }
    }
}
