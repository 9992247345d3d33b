package dev.switchboard.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The writers of one scenario, each on a thread of its own, from start until {@link #stop()}. */
final class Load implements AutoCloseable {

    /** A writer finishes its current request (the client's timeout is 60 s) and returns. */
    private static final long STOP_LIMIT_SECONDS = 90;

    private final ExecutorService threads;
    private final List<Future<Void>> writers = new ArrayList<>();
    private volatile boolean running = true;

    /** @param writer makes writer number {@code n}, given how it learns that the load is still running */
    Load(int writers, WriterFactory writer) {
        this.threads = Executors.newFixedThreadPool(writers);
        for (int n = 0; n < writers; n++) {
            this.writers.add(threads.submit(writer.create(n, () -> running)));
        }
    }

    interface WriterFactory {
        Writer create(int number, java.util.function.BooleanSupplier running);
    }

    /** Ends the load; fails if a writer failed or does not return in time. */
    void stop() throws InterruptedException, ExecutionException, TimeoutException {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_LIMIT_SECONDS);
        for (Future<Void> writer : writers) {
            writer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() {
        running = false;
        threads.shutdownNow();
    }
}
