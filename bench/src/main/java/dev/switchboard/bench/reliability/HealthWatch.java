package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks {@code /health} four times a second, as a load balancer would, and keeps every answer with its time, so the
 * scenario can tell what health said during the outage and after it. No answer counts as status 0.
 */
final class HealthWatch implements AutoCloseable {

    private record Sample(long nanos, int status) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean watching = true;

    HealthWatch(int port) {
        thread = new Thread(() -> watch(port), "health-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(int port) {
        try (HttpConnection connection = new HttpConnection(port, null)) {
            while (watching) {
                int status;
                try {
                    status = connection.get("/health").status();
                } catch (IOException noAnswer) {
                    status = 0;
                }
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), status));
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Seconds from {@code from} to the first answer with this status before {@code to}, or -1 when there was none. */
    double firstBetween(long from, long to, int status) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.nanos() >= from && s.nanos() <= to && s.status() == status)
                    .findFirst().map(s -> (s.nanos() - from) / 1e9).orElse(-1.0);
        }
    }

    int lastStatus() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).status();
        }
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        thread.interrupt();
        thread.join(70_000);
    }
}
