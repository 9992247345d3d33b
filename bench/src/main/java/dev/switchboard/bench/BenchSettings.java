package dev.switchboard.bench;

import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.process.QuietMachine;
import dev.switchboard.bench.process.ServiceJar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to run and for how long. Paths come from the command line (run.sh passes them), the rest from optional
 * environment variables, so a quick trial run needs no code change ({@code BENCH_STORES=h2 BENCH_MEASURE_SECONDS=3}).
 *
 * @param serviceJar  the jar measured (the "after" of a comparison)
 * @param baselineJar the jar it is compared with in the same run ({@code BENCH_BASELINE_JAR}, the "before"), or null
 *                    for a run without comparison
 * @param notes a hand-written Markdown file appended to the report (the analysis that a re-run must not erase)
 * @param quietMachine waits before each window until other processes leave the CPU, within a budget for the run
 * @param workloads what the servers are measured with ({@code BENCH_WORKLOADS}): {@value #VOICE} (the transcript
 *                  messages, with the floors and pgbench that compare with them), {@value #BOT} (the bot
 *                  integration endpoint on a synchronous channel) and/or {@value #OUTBOX} (the transcript messages,
 *                  one per request, on a service without and one with a webhook endpoint subscribed, and the
 *                  deliveries at a receiver in the harness) and/or {@value #MEDIA} (concurrent Twilio Media
 *                  Streams calls over WebSocket); default {@value #VOICE} only
 * @param outboxAnalyze whether the outbox comparison {@code ANALYZE}s the delivery table after its priming
 *                      ({@code BENCH_OUTBOX_ANALYZE}, default 1: what autovacuum, off on the benchmark machine, would
 *                      do; 0 leaves the table as the service left it)
 * @param mediaCalls how many concurrent Twilio Media Streams calls each media window holds ({@code
 *                   BENCH_MEDIA_CALLS}, default 10,100)
 * @param mediaFrameRate media frames of 20 ms each call sends per second ({@code BENCH_MEDIA_FRAME_RATE}, default 50:
 *                       real time, as Twilio streams)
 * @param prime the most unrecorded traffic a freshly started server gets at each batch size before the first
 *              measured window, so that the JIT has compiled the request path (it stops earlier once warm)
 */
public record BenchSettings(ServiceJar serviceJar, ServiceJar baselineJar, Path docsDir, Path workDir, Path notes,
                            String command, List<String> stores, List<String> workloads, List<Integer> batchSizes,
                            List<Integer> callerCounts, LoadDriver.Window httpWindow, LoadDriver.Window floorWindow,
                            Duration prime, List<String> serviceJvmOptions, QuietMachine quietMachine,
                            boolean outboxAnalyze, List<Integer> mediaCalls, int mediaFrameRate) {

    static final List<String> ALL_STORES = List.of("h2", "postgresql", "mariadb", "mongo");
    public static final String VOICE = "voice";
    public static final String BOT = "bot";
    public static final String OUTBOX = "outbox";
    public static final String MEDIA = "media";
    private static final List<String> ALL_WORKLOADS = List.of(VOICE, BOT, OUTBOX, MEDIA);
    /** Bounds that keep a mistyped setting from opening thousands of connections or flooding the machine. */
    private static final int MAX_MEDIA_CALLS = 500;
    private static final int MAX_MEDIA_FRAME_RATE = 200;

    static BenchSettings from(String[] args, Map<String, String> env) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: Bench <service jar> <docs dir> <scratch dir> <notes.md>");
        }
        long maxRequests = number(env, "BENCH_MAX_REQUESTS", 400_000);
        String baseline = env.getOrDefault("BENCH_BASELINE_JAR", "").trim();
        List<String> workloads = workloads(env.getOrDefault("BENCH_WORKLOADS", VOICE));
        if (workloads.contains(OUTBOX) && !baseline.isEmpty()) {
            // The outbox's second service takes the database a baseline jar would have.
            throw new IllegalArgumentException("BENCH_WORKLOADS=" + OUTBOX + " compares the current jar with itself"
                    + " (no endpoint, one endpoint); leave BENCH_BASELINE_JAR unset");
        }
        return new BenchSettings(ServiceJar.of("current", Path.of(args[0])),
                baseline.isEmpty() ? null : ServiceJar.of("baseline", Path.of(baseline)), Path.of(args[1]),
                Path.of(args[2]), Path.of(args[3]),
                env.getOrDefault("BENCH_COMMAND", "bench/run.sh"),
                list(env.getOrDefault("BENCH_STORES", String.join(",", ALL_STORES))),
                workloads,
                numbers(env.getOrDefault("BENCH_BATCH_SIZES", "1,5")),
                numbers(env.getOrDefault("BENCH_CALLERS", "1,8,64")),
                new LoadDriver.Window(seconds(env, "BENCH_WARMUP_SECONDS", 2),
                        seconds(env, "BENCH_MEASURE_SECONDS", 7), maxRequests),
                new LoadDriver.Window(seconds(env, "BENCH_FLOOR_WARMUP_SECONDS", 1),
                        seconds(env, "BENCH_FLOOR_MEASURE_SECONDS", 5), maxRequests),
                seconds(env, "BENCH_PRIME_SECONDS", 24),
                Arrays.stream(env.getOrDefault("BENCH_SERVICE_JAVA_OPTS", "").trim().split("\\s+"))
                        .filter(option -> !option.isEmpty()).toList(),
                new QuietMachine(seconds(env, "BENCH_QUIET_WAIT_SECONDS", 300)),
                !"0".equals(env.getOrDefault("BENCH_OUTBOX_ANALYZE", "1").trim()),
                bounded(numbers(env.getOrDefault("BENCH_MEDIA_CALLS", "10,100")), "BENCH_MEDIA_CALLS", 1,
                        MAX_MEDIA_CALLS),
                bounded(List.of((int) number(env, "BENCH_MEDIA_FRAME_RATE", 50)), "BENCH_MEDIA_FRAME_RATE", 1,
                        MAX_MEDIA_FRAME_RATE).get(0));
    }

    /** Whether the concurrent Twilio Media Streams workload runs. */
    public boolean media() {
        return workloads.contains(MEDIA);
    }

    private static List<Integer> bounded(List<Integer> values, String name, int min, int max) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v < min || v > max)) {
            throw new IllegalArgumentException(name + " must be one or more numbers from " + min + " to " + max
                    + ", not " + values);
        }
        return values;
    }

    /** Whether the voice workload (and with it the floors and pgbench) runs. */
    public boolean voice() {
        return workloads.contains(VOICE);
    }

    /** Whether the bot integration workload runs. */
    public boolean bot() {
        return workloads.contains(BOT);
    }

    /** Whether the webhook outbox comparison runs (on the stores that can count the outbox's backlog). */
    public boolean outbox() {
        return workloads.contains(OUTBOX);
    }

    /**
     * How long the outbox comparison waits, after its priming and after each window with the endpoint, for the
     * outbox to empty before it goes on.
     */
    public Duration outboxDrainLimit() {
        return Duration.ofSeconds(60);
    }

    private static List<String> workloads(String commaSeparated) {
        List<String> workloads = list(commaSeparated);
        for (String workload : workloads) {
            if (!ALL_WORKLOADS.contains(workload)) {
                throw new IllegalArgumentException("unknown workload '" + workload + "' in BENCH_WORKLOADS; known: "
                        + ALL_WORKLOADS);
            }
        }
        if (workloads.isEmpty()) {
            throw new IllegalArgumentException("BENCH_WORKLOADS names no workload; known: " + ALL_WORKLOADS);
        }
        return workloads;
    }

    private static Duration seconds(Map<String, String> env, String name, long defaultSeconds) {
        return Duration.ofMillis((long) (Double.parseDouble(env.getOrDefault(name, Long.toString(defaultSeconds)))
                * 1000));
    }

    private static long number(Map<String, String> env, String name, long defaultValue) {
        return Long.parseLong(env.getOrDefault(name, Long.toString(defaultValue)));
    }

    private static List<Integer> numbers(String commaSeparated) {
        return list(commaSeparated).stream().map(Integer::valueOf).toList();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
