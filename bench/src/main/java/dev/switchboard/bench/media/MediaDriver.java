package dev.switchboard.bench.media;

import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.ProcessCpu;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The media workload on one running service: one voice assistant with a Twilio channel, then, per window, N calls
 * opened, paced for the warm-up and the measured window, stopped, and checked. The service's, the database's, the
 * harness's and the whole machine's CPU are read at the window's edges, the service's VmRSS at its end.
 * Every connection goes to 127.0.0.1; every round ends its calls (stop, or abort after 30 s).
 */
public final class MediaDriver {

    private static final long SELF_PID = ProcessHandle.current().pid();
    /** How long after {@code stop} the service has to close every call, and then to show them closed. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private static final long CHECK_LIMIT_MILLIS = 30_000;
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final int PRIME_SLICE_SECONDS = 2;
    private static final double JIT_IDLE_CORES = 0.1;

    private final ServiceApi api;
    private final long servicePid;
    private final CpuProbe store;
    private final LoadDriver.Window window;
    private final int frameRate;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private TwilioChannel channel;
    private int rounds;

    /**
     * @param window    its warm-up and measured length (the run's HTTP windows'); its request bound does not apply
     * @param frameRate frames per second per call
     */
    public MediaDriver(int port, long servicePid, CpuProbe store, LoadDriver.Window window, int frameRate) {
        this.api = new ServiceApi(port);
        this.servicePid = servicePid;
        this.store = store;
        this.window = window;
        this.frameRate = frameRate;
    }

    /** Creates the voice assistant; returns its id. */
    public String setUp() throws Exception {
        channel = TwilioChannel.create(api);
        return channel.assistantId();
    }

    /**
     * Unrecorded calls until the JIT is done, as {@code Matrix.prime} does for HTTP: {@code calls} calls streaming in
     * slices of {@value #PRIME_SLICE_SECONDS} s until the service's compiler threads used less than
     * {@value #JIT_IDLE_CORES} cores in a slice, for at most {@code limit}; then stopped.
     *
     * @return how long they streamed, in seconds
     */
    public long prime(int calls, Duration limit) throws Exception {
        try (MediaRound round = MediaRound.open(client, channel, calls, callPrefix())) {
            round.begin(System.nanoTime() + LEAD_NANOS, frameRate);
            long spent = 0;
            while (spent < Math.max(PRIME_SLICE_SECONDS, limit.toSeconds())) {
                double jitBefore = ProcessCpu.threadSeconds(servicePid, "CompilerThre");
                Thread.sleep(TimeUnit.SECONDS.toMillis(PRIME_SLICE_SECONDS));
                spent += PRIME_SLICE_SECONDS;
                double jitCores = (ProcessCpu.threadSeconds(servicePid, "CompilerThre") - jitBefore)
                        / PRIME_SLICE_SECONDS;
                if (!(jitCores >= JIT_IDLE_CORES)) { // NaN (not measurable) counts as idle
                    break;
                }
            }
            round.stop(STOP_LIMIT);
            return spent;
        }
    }

    /**
     * The service's CPU over a measured window's length without any call, less its JIT compiler threads (its
     * background work: timers, the outbox's poll, H2's writer …), in cores, so that a window's figure can be read
     * above it.
     */
    public double idle() throws InterruptedException {
        double before = ProcessCpu.seconds(servicePid) - ProcessCpu.threadSeconds(servicePid, "CompilerThre");
        long from = System.nanoTime();
        Thread.sleep(window.measure().toMillis());
        double after = ProcessCpu.seconds(servicePid) - ProcessCpu.threadSeconds(servicePid, "CompilerThre");
        return (after - before) / ((System.nanoTime() - from) / 1e9);
    }

    /** One window of {@code calls} calls: open, warm-up, measured window, stop, check. */
    public MediaWindow run(int calls) throws Exception {
        long opening = System.nanoTime();
        try (MediaRound round = MediaRound.open(client, channel, calls, callPrefix())) {
            double openMillis = (System.nanoTime() - opening) / 1e6;
            long start = System.nanoTime() + LEAD_NANOS;
            long from = start + window.warmup().toNanos();
            long to = from + window.measure().toNanos();
            round.window(from, to);
            round.begin(start, frameRate);

            sleepUntil(from);
            Map<String, Double> threads0 = ProcessCpu.secondsByThreadName(servicePid);
            double service0 = ProcessCpu.seconds(servicePid);
            double jit0 = ProcessCpu.threadSeconds(servicePid, "CompilerThre");
            double store0 = store.seconds();
            double self0 = ProcessCpu.seconds(SELF_PID);
            double machine0 = ProcessCpu.machineSeconds();
            sleepUntil(to);
            double service1 = ProcessCpu.seconds(servicePid);
            double jit1 = ProcessCpu.threadSeconds(servicePid, "CompilerThre");
            double store1 = store.seconds();
            double self1 = ProcessCpu.seconds(SELF_PID);
            double machine1 = ProcessCpu.machineSeconds();
            long residentKib = ProcessCpu.residentKib(servicePid);
            Map<String, Double> threads1 = ProcessCpu.secondsByThreadName(servicePid);

            round.stop(STOP_LIMIT);
            RecordingCheck check = round.calls().isEmpty() ? RecordingCheck.notRun(0, "no call was opened")
                    : RecordingCheck.of(api, round.calls(), CHECK_LIMIT_MILLIS);
            long[] lateness = round.latenessSorted();
            long[] stopToClose = round.stopToCloseSorted();
            double seconds = (to - from) / 1e9;
            return new MediaWindow(calls, frameRate, seconds, round.framesInWindow(),
                    Latencies.percentileMillis(lateness, 50), Latencies.percentileMillis(lateness, 99),
                    lateness.length == 0 ? Double.NaN : lateness[lateness.length - 1] / 1e6, openMillis,
                    Latencies.percentileMillis(stopToClose, 50),
                    stopToClose.length == 0 ? Double.NaN : stopToClose[stopToClose.length - 1] / 1e6,
                    (service1 - service0) / seconds, (jit1 - jit0) / seconds, (store1 - store0) / seconds,
                    (self1 - self0) / seconds,
                    (machine1 - machine0) / seconds, residentKib, busiest(threads0, threads1, seconds),
                    round.refused(), round.dropped(),
                    round.sendFailures(), round.abnormalEnds(), check, round.firstError());
        }
    }

    /** The five threads (by name) that used the most CPU between two readings, in cores, busiest first. */
    private static Map<String, Double> busiest(Map<String, Double> before, Map<String, Double> after,
                                               double seconds) {
        Map<String, Double> busiest = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / seconds))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> busiest.put(e.getKey(), e.getValue()));
        return busiest;
    }

    /** Unique per window and service: a callSid is never reused, so each search finds one interaction. */
    private String callPrefix() {
        return runId + String.format(Locale.ROOT, "%02x", rounds++ & 0xff);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** Threads and their cores, as "name 0.12, other 0.05". */
    public static String threads(Map<String, Double> cores) {
        return cores.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("–");
    }

    /** One line per window for the console, as the other workloads print theirs. */
    public static String describe(String label, MediaWindow w) {
        RecordingCheck c = w.check();
        return String.format(Locale.ROOT, "  %-20s %3d calls x %d frames/s: %6.0f of %6.0f frames/s sent"
                        + "  late p50 %.1f p99 %.1f max %.0f ms  stop to close p50 %.0f max %.0f ms"
                        + "  CPU cores: service %.2f (JIT %.2f;"
                        + " %.4f per call, %.1f ms"
                        + " per audio s) store %.2f driver %.2f other %.2f  RSS %d MiB  errors %d"
                        + " (refused %d, dropped %d, send %d, bad end %d)  checked: %d/%d closed, %d/%d recordings"
                        + " match (max diff %.0f ms), DTMF %d/%d%s%s%s",
                label, w.calls(), w.frameRate(), w.framesPerSecondSent(), w.framesPerSecondExpected(),
                w.latenessP50Millis(), w.latenessP99Millis(), w.latenessMaxMillis(), w.stopToCloseP50Millis(),
                w.stopToCloseMaxMillis(), w.serviceCores(), w.jitCores(),
                w.coresPerCall(), w.cpuMillisPerAudioSecond(), w.storeCores(), w.driverCores(), w.otherCores(),
                Math.round(w.residentKib() / 1024.0), w.errors(), w.refused(), w.dropped(), w.sendFailures(),
                w.abnormalEnds(), c.closed(), c.calls(), c.recordingsMatch(), c.calls(), c.maxDiffMillis(),
                c.dtmfStored(), c.dtmfSent(),
                w.serviceThreads().isEmpty() ? "" : "\n    service threads: " + threads(w.serviceThreads()),
                w.firstError() == null ? "" : "\n    first error: " + w.firstError(),
                c.firstProblem() == null ? "" : "\n    first check problem: " + c.firstProblem());
    }
}
