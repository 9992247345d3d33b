package dev.switchboard.bench.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to run and for how long. Paths come from the command line (reliability.sh passes them), the rest from optional
 * environment variables, so a short trial needs no code change ({@code RELIABILITY_STORES=h2 RELIABILITY_KILL_CYCLES=2}).
 *
 * @param writers          concurrent clients, each a thread with its own keep-alive connection per instance
 * @param killCycles       how often the service is killed (SIGKILL) and restarted under load
 * @param maxLoadBeforeKill the load runs a random time up to this long before each kill
 * @param outage           how long the database server stays stopped
 * @param twoInstances     how long two instances take writes to the same interactions
 * @param answerBound      the longest a request may wait for its answer while the database is down: the shipped store
 *                         timeouts (3 s) plus slack for a machine shared with the load and the database
 * @param seed             chooses the kill moments and the messages' sentiments; printed, so a run can be repeated
 */
record ReliabilitySettings(Path serviceJar, Path docsDir, Path workDir, Path notes, String command, List<String> stores,
                           int writers, int messagesPerBatch, int killCycles, Duration maxLoadBeforeKill,
                           Duration outage, Duration twoInstances, int sharedInteractions, Duration answerBound,
                           long seed) {

    static final List<String> ALL_STORES = List.of("h2", "postgresql", "mariadb", "mongo");

    static ReliabilitySettings from(String[] args, Map<String, String> env) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: Reliability <service jar> <docs dir> <scratch dir> <notes.md>");
        }
        return new ReliabilitySettings(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                env.getOrDefault("RELIABILITY_COMMAND", "bench/reliability.sh"),
                Arrays.stream(env.getOrDefault("RELIABILITY_STORES", String.join(",", ALL_STORES)).split(","))
                        .map(String::trim).filter(store -> !store.isEmpty()).toList(),
                number(env, "RELIABILITY_WRITERS", 8),
                number(env, "RELIABILITY_MESSAGES_PER_BATCH", 3),
                number(env, "RELIABILITY_KILL_CYCLES", 5),
                seconds(env, "RELIABILITY_MAX_LOAD_BEFORE_KILL_SECONDS", 6),
                seconds(env, "RELIABILITY_OUTAGE_SECONDS", 12),
                seconds(env, "RELIABILITY_TWO_INSTANCES_SECONDS", 20),
                number(env, "RELIABILITY_SHARED_INTERACTIONS", 4),
                seconds(env, "RELIABILITY_ANSWER_BOUND_SECONDS", 6),
                Long.parseLong(env.getOrDefault("RELIABILITY_SEED", Long.toString(System.nanoTime() % 1_000_000))));
    }

    private static int number(Map<String, String> env, String name, int defaultValue) {
        return Integer.parseInt(env.getOrDefault(name, Integer.toString(defaultValue)));
    }

    private static Duration seconds(Map<String, String> env, String name, long defaultSeconds) {
        return Duration.ofMillis((long) (Double.parseDouble(env.getOrDefault(name, Long.toString(defaultSeconds)))
                * 1000));
    }
}
