package dev.switchboard.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop callers, as in {@link LoadDriver}, for one long run cut into intervals: each request counts in the
 * interval in which it completes, so every interval has its own rate and its own latency percentiles, and at the end
 * of each interval the harness takes its own readings (disk size, CPU). No warm-up is cut off: the first interval
 * starts with the first request, so a run shows the JIT's warm-up as well as what comes later.
 */
public final class SustainedDriver {

    /**
     * What one interval gave.
     *
     * @param endSeconds seconds from the start of the run to the end of this interval
     * @param seconds    the interval's length (the last one, or one cut by the request bound, may be shorter)
     */
    public record Interval(double endSeconds, double seconds, long requests, long errors, double p50Millis,
                           double p99Millis) {

        public double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : Double.NaN;
        }
    }

    /** The intervals, and the first failure's message (null when every request was acknowledged). */
    public record Run(List<Interval> intervals, String firstError) {
    }

    /** Called at the end of each interval, on the driver's thread, while the callers go on. */
    @FunctionalInterface
    public interface Sampler {
        /** @return false to end the run now (a bound the caller watches, such as the size on disk, was reached) */
        boolean sample(int interval);
    }

    private final Duration length;
    private final Duration interval;
    private final long maxRequests;

    /** @param maxRequests the run ends early once this many requests have been acknowledged */
    public SustainedDriver(Duration length, Duration interval, long maxRequests) {
        this.length = length;
        this.interval = interval;
        this.maxRequests = maxRequests;
    }

    public Run run(Workload workload, int batchSize, int callers, Sampler sampler) throws Exception {
        List<Workload.Session> sessions = new ArrayList<>(callers);
        try {
            for (int caller = 0; caller < callers; caller++) {
                sessions.add(workload.open(caller, batchSize));
            }
            return drive(sessions, sampler);
        } finally {
            sessions.forEach(Workload.Session::close);
        }
    }

    private Run drive(List<Workload.Session> sessions, Sampler sampler) throws InterruptedException {
        long intervalNanos = interval.toNanos();
        int intervals = (int) Math.max(1, (length.toNanos() + intervalNanos - 1) / intervalNanos);
        AtomicLongArray errors = new AtomicLongArray(intervals);
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Latencies[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        long start = System.nanoTime();
        Clock clock = new Clock(start + length.toNanos());
        for (int caller = 0; caller < sessions.size(); caller++) {
            Workload.Session session = sessions.get(caller);
            Latencies[] mine = new Latencies[intervals];
            for (int i = 0; i < intervals; i++) {
                mine[i] = new Latencies();
            }
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < clock.end) {
                    long started = System.nanoTime();
                    Exception failure = null;
                    try {
                        session.sendBatch();
                    } catch (Exception e) {
                        failure = e;
                    }
                    long finished = System.nanoTime();
                    if (finished > clock.end) {
                        break;
                    }
                    int bucket = (int) Math.min(intervals - 1, (finished - start) / intervalNanos);
                    if (failure != null) {
                        errors.incrementAndGet(bucket);
                        firstError.compareAndSet(null, String.valueOf(failure));
                        LoadDriver.pause();
                    } else {
                        mine[bucket].add(finished - started);
                        if (acknowledged.incrementAndGet() >= maxRequests) {
                            clock.endEarly(finished);
                        }
                    }
                }
            }, "sustained-caller-" + caller);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        for (int i = 0; i < intervals; i++) {
            long tick = Math.min(start + (i + 1) * intervalNanos, clock.end);
            LoadDriver.sleepUntil(tick);
            if (!sampler.sample(i)) {
                clock.endEarly(tick);
            }
            if (tick >= clock.end) {
                break;
            }
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(90)); // a request times out after 60 s
        }
        List<Interval> results = new ArrayList<>();
        for (int i = 0; i < intervals && start + i * intervalNanos < clock.end; i++) {
            List<Latencies> parts = new ArrayList<>();
            for (Latencies[] caller : latencies) {
                parts.add(caller[i]);
            }
            long[] sorted = Latencies.mergeSorted(parts);
            long intervalEnd = Math.min(start + (i + 1) * intervalNanos, clock.end);
            results.add(new Interval((intervalEnd - start) / 1e9, (intervalEnd - start - i * intervalNanos) / 1e9,
                    sorted.length, errors.get(i), Latencies.percentileMillis(sorted, 50),
                    Latencies.percentileMillis(sorted, 99)));
        }
        return new Run(results, firstError.get());
    }

    /** The run's end in System.nanoTime(); it moves earlier when the request bound is reached. */
    private static final class Clock {
        volatile long end;

        Clock(long end) {
            this.end = end;
        }

        synchronized void endEarly(long at) {
            end = Math.min(end, at);
        }
    }
}
