package dev.switchboard.bench.load;

import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.ProcessCpu;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs N callers against a workload for a warm-up and then a measured window. Each caller is a thread that sends
 * its next batch as soon as the previous one is acknowledged (a closed loop, like a contact-center platform
 * streaming a call). A request counts in the window when it completes inside it; the window ends at its time
 * limit or when {@code maxRequests} have completed, whichever comes first.
 */
public final class LoadDriver {

    /** The warm-up (not recorded), the measured window, and the bound on requests counted in it. */
    public record Window(Duration warmup, Duration measure, long maxRequests) {
    }

    private static final long SELF_PID = ProcessHandle.current().pid();

    private final Window window;

    public LoadDriver(Window window) {
        this.window = window;
    }

    /**
     * @param target the server measured (the service or the ceiling), {@link CpuProbe#NONE} for a floor
     * @param store  the database server's processes, {@link CpuProbe#NONE} when it runs inside another process
     */
    public WindowResult run(Workload workload, int batchSize, int callers, CpuProbe target, CpuProbe store)
            throws Exception {
        List<Workload.Session> sessions = openSessions(workload, batchSize, callers);
        try {
            return drive(sessions, batchSize, target, store);
        } finally {
            sessions.forEach(Workload.Session::close);
        }
    }

    private static List<Workload.Session> openSessions(Workload workload, int batchSize, int callers)
            throws Exception {
        List<Workload.Session> sessions = new ArrayList<>(callers);
        try {
            for (int caller = 0; caller < callers; caller++) {
                sessions.add(workload.open(caller, batchSize));
            }
            return sessions;
        } catch (Exception e) {
            sessions.forEach(Workload.Session::close);
            throw e;
        }
    }

    private WindowResult drive(List<Workload.Session> sessions, int batchSize, CpuProbe target, CpuProbe store)
            throws InterruptedException {
        int callers = sessions.size();
        Clock clock = new Clock();
        AtomicLong measured = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Latencies> latencies = new ArrayList<>(callers);
        List<Thread> threads = new ArrayList<>(callers);
        for (int caller = 0; caller < callers; caller++) {
            Workload.Session session = sessions.get(caller);
            Latencies mine = new Latencies();
            latencies.add(mine);
            Thread thread = new Thread(() -> callerLoop(session, clock, go, mine, measured, errors, firstError),
                    "caller-" + caller);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }

        clock.start(window);
        go.countDown();
        sleepUntil(clock.warmEnd);
        double targetCpu0 = target.seconds();
        double storeCpu0 = store.seconds();
        double selfCpu0 = ProcessCpu.seconds(SELF_PID);
        double machineCpu0 = ProcessCpu.machineSeconds();
        while (System.nanoTime() < clock.end) {
            sleepUntil(Math.min(clock.end, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50)));
        }
        double targetCpu1 = target.seconds();
        double storeCpu1 = store.seconds();
        double selfCpu1 = ProcessCpu.seconds(SELF_PID);
        double machineCpu1 = ProcessCpu.machineSeconds();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(90)); // a request times out after 60 s
        }

        double seconds = (clock.end - clock.warmEnd) / 1e9;
        long[] sorted = Latencies.mergeSorted(latencies);
        return new WindowResult(batchSize, callers, seconds, sorted.length, errors.get(),
                sorted.length * (double) batchSize / seconds,
                Latencies.percentileMillis(sorted, 50), Latencies.percentileMillis(sorted, 99),
                (targetCpu1 - targetCpu0) / seconds, (storeCpu1 - storeCpu0) / seconds,
                (selfCpu1 - selfCpu0) / seconds, (machineCpu1 - machineCpu0) / seconds, clock.warmEnd, clock.end,
                firstError.get());
    }

    private void callerLoop(Workload.Session session, Clock clock, CountDownLatch go, Latencies latencies,
                            AtomicLong measured, AtomicLong errors, AtomicReference<String> firstError) {
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
            if (finished < clock.warmEnd || finished > clock.end) {
                continue;
            }
            if (failure != null) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, String.valueOf(failure));
                pause(); // a failing target must not turn the caller into a busy loop
            } else {
                latencies.add(finished - started);
                if (measured.incrementAndGet() >= window.maxRequests()) {
                    clock.endEarly(finished); // the count bound: end the window for every caller now
                }
            }
        }
    }

    /** Sleeps until {@code nanoTime} (System.nanoTime()); at once when it has passed. */
    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** A short back-off after a failed request, so that a failing server is not hammered by a tight loop. */
    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The window's boundaries in System.nanoTime(); the end moves earlier when the count bound is reached. */
    private static final class Clock {
        volatile long warmEnd = Long.MAX_VALUE;
        volatile long end = Long.MAX_VALUE;

        void start(Window window) {
            long now = System.nanoTime();
            warmEnd = now + window.warmup().toNanos();
            end = warmEnd + window.measure().toNanos();
        }

        synchronized void endEarly(long at) {
            end = Math.min(end, at);
        }
    }
}
