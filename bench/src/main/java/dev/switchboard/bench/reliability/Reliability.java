package dev.switchboard.bench.reliability;

import dev.switchboard.bench.report.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * The reliability suite, in one go: for each store, its database (the suite's own servers), then the three scenarios
 * one after the other, then docs/reliability.md. Exits with status 1 when any scenario failed.
 */
public final class Reliability {

    private Reliability() {
    }

    public static void main(String[] args) throws Exception {
        ReliabilitySettings settings = ReliabilitySettings.from(args, System.getenv());
        Machine machine = Machine.describe();
        System.out.println("Switchboard reliability suite on " + machine.summary() + ", seed " + settings.seed());
        Random random = new Random(settings.seed());
        Map<String, String> versions = new LinkedHashMap<>();
        List<ScenarioResult> results = new ArrayList<>();
        Instant started = Instant.now();
        for (String store : settings.stores()) {
            runStore(store, settings, random, versions, results);
        }
        Duration took = Duration.between(started, Instant.now());
        Files.createDirectories(settings.docsDir());
        Path report = settings.docsDir().resolve("reliability.md");
        Files.writeString(report, new ReliabilityReport(settings, machine, started, took, versions, results).markdown());
        long failed = results.stream().filter(r -> r.verdict() == ScenarioResult.Verdict.FAIL).count();
        System.out.printf("Wrote %s (the run took %d min %d s): %d of %d scenarios failed%n", report,
                took.toMinutes(), took.toSecondsPart(), failed, results.size());
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The store's database, then its three scenarios, each on a database of its own. */
    private static void runStore(String store, ReliabilitySettings settings, Random random,
                                 Map<String, String> versions, List<ScenarioResult> results) throws IOException {
        Path dir = Files.createDirectories(settings.workDir().resolve(store)).toAbsolutePath();
        try (Database database = database(store, dir)) {
            System.out.println(database.name() + ":");
            database.start();
            versions.put(database.name(), database.version());
            results.add(attempt(database, KillUnderLoad.NAME,
                    () -> KillUnderLoad.run(settings, database, dir.resolve("kill"), random)));
            results.add(database.isServer()
                    ? attempt(database, DatabaseOutage.NAME,
                            () -> DatabaseOutage.run(settings, database, dir.resolve("outage")))
                    : ScenarioResult.notApplicable(database.name(), DatabaseOutage.NAME, "embedded: there is no "
                            + "database server to stop; the service and H2 are one process, whose crash is (a)"));
            results.add(database.isServer()
                    ? attempt(database, TwoInstances.NAME,
                            () -> TwoInstances.run(settings, database, dir.resolve("two")))
                    : ScenarioResult.notApplicable(database.name(), TwoInstances.NAME, "embedded: the H2 file "
                            + "belongs to one process"));
        } catch (Exception setUp) {
            results.add(ScenarioResult.failed(store, "setting up the database", setUp));
            System.out.println("  could not set up " + store + ": " + setUp.getMessage());
        }
    }

    private static ScenarioResult attempt(Database database, String scenario, Callable<ScenarioResult> run) {
        System.out.println("  " + scenario + " …");
        ScenarioResult result;
        try {
            result = run.call();
        } catch (Exception e) {
            result = ScenarioResult.failed(database.name(), scenario, e);
        }
        System.out.println("  " + scenario + ": " + result.verdict() + " " + result.facts()
                + (result.problems().isEmpty() ? "" : " " + result.problems()));
        return result;
    }

    private static Database database(String name, Path dir) {
        return switch (name) {
            case "h2" -> new EmbeddedH2();
            case "postgresql" -> new ThrowAwayPostgres(dir.resolve("server"));
            case "mariadb" -> new ThrowAwayMariaDb(dir.resolve("server"));
            case "mongo" -> new MongoStandIn(dir.resolve("server"));
            default -> throw new IllegalArgumentException("unknown store '" + name + "'; known: "
                    + ReliabilitySettings.ALL_STORES);
        };
    }
}
