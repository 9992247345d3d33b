package dev.switchboard.bench;

import dev.switchboard.bench.process.QuietMachine;
import dev.switchboard.bench.process.ServiceJar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a sustained run does: one long run of the service per store at {@value #CALLERS} callers and
 * {@value #BATCH_SIZE} message per request, sampled at a fixed interval. Paths come from the command line
 * (sustained.sh passes them), the rest from optional environment variables.
 *
 * @param length      how long each store's run lasts ({@code BENCH_SUSTAINED_SECONDS}, default 600)
 * @param interval    how often the rate, latencies, CPU and size are sampled ({@code BENCH_SUSTAINED_SAMPLE_SECONDS})
 * @param maxRequests the run ends early after this many acknowledged requests, a bound on the traffic and on the
 *                    latencies kept in memory ({@code BENCH_SUSTAINED_MAX_REQUESTS})
 * @param maxDiskBytes the run ends early once the store's size on disk passes this ({@code
 *                    BENCH_SUSTAINED_MAX_DISK_GIB}): H2's file grew past a GiB in the first 40 s of a trial, and a
 *                    run must not fill the machine's disk
 */
public record SustainedSettings(ServiceJar serviceJar, Path docsDir, Path workDir, String command,
                                List<String> stores, Duration length, Duration interval, long maxRequests,
                                long maxDiskBytes, List<String> serviceJvmOptions, QuietMachine quietMachine) {

    public static final int CALLERS = 64;
    public static final int BATCH_SIZE = 1;
    /** The stores whose size on disk the harness can read while the service runs. */
    static final List<String> SIZED_STORES = List.of("h2", "postgresql");

    static SustainedSettings from(String[] args, Map<String, String> env) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Sustained <service jar> <docs dir> <scratch dir>");
        }
        List<String> stores = Arrays.stream(env.getOrDefault("BENCH_SUSTAINED_STORES", String.join(",", SIZED_STORES))
                .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String store : stores) {
            if (!SIZED_STORES.contains(store)) {
                throw new IllegalArgumentException("BENCH_SUSTAINED_STORES: '" + store + "' is not one of "
                        + SIZED_STORES + " (the stores whose size on disk the sustained run samples)");
            }
        }
        return new SustainedSettings(ServiceJar.of("current", Path.of(args[0])), Path.of(args[1]), Path.of(args[2]),
                env.getOrDefault("BENCH_COMMAND", "bench/sustained.sh"), stores,
                seconds(env, "BENCH_SUSTAINED_SECONDS", 600), seconds(env, "BENCH_SUSTAINED_SAMPLE_SECONDS", 10),
                Long.parseLong(env.getOrDefault("BENCH_SUSTAINED_MAX_REQUESTS", "10000000")),
                (long) (Double.parseDouble(env.getOrDefault("BENCH_SUSTAINED_MAX_DISK_GIB", "20")) * (1L << 30)),
                Arrays.stream(env.getOrDefault("BENCH_SERVICE_JAVA_OPTS", "").trim().split("\\s+"))
                        .filter(option -> !option.isEmpty()).toList(),
                new QuietMachine(seconds(env, "BENCH_QUIET_WAIT_SECONDS", 300)));
    }

    private static Duration seconds(Map<String, String> env, String name, long defaultSeconds) {
        return Duration.ofMillis((long) (Double.parseDouble(env.getOrDefault(name, Long.toString(defaultSeconds)))
                * 1000));
    }
}
