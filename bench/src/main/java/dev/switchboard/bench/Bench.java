package dev.switchboard.bench;

import dev.switchboard.bench.report.Chart;
import dev.switchboard.bench.report.Machine;
import dev.switchboard.bench.report.Report;
import dev.switchboard.bench.store.H2Store;
import dev.switchboard.bench.store.MongoStore;
import dev.switchboard.bench.store.ServerSqlStore;
import dev.switchboard.bench.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest benchmark, in one go: the HTTP ceiling, then each store (service over HTTP, then its floor), one after
 * the other so that nothing else competes for the machine, then docs/benchmarks.md and docs/benchmarks.png.
 * Every server it starts listens on 127.0.0.1 only and is stopped before the next one starts.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args, System.getenv());
        Instant started = Instant.now();
        Machine machine = Machine.describe();
        System.out.println("Switchboard ingest benchmark on " + machine.summary());

        TargetResult ceiling = new CeilingRun(settings).run();
        List<TargetResult> stores = new ArrayList<>();
        for (String name : settings.stores()) {
            Path workDir = Files.createDirectories(settings.workDir().resolve(name));
            stores.add(new StoreRun(settings, store(name, workDir), workDir).run());
        }

        Duration took = Duration.between(started, Instant.now());
        Files.createDirectories(settings.docsDir());
        Path report = settings.docsDir().resolve("benchmarks.md");
        Files.writeString(report, new Report(settings, machine, started, took, ceiling, stores).markdown());
        String wrote = report.toString();
        if (settings.voice()) { // the chart shows the voice workload's messages/s
            Path chart = settings.docsDir().resolve("benchmarks.png");
            Chart.write(chart, ceiling, stores, settings.batchSizes(), settings.callerCounts());
            wrote += " and " + chart;
        }
        System.out.printf("Wrote %s (the run took %d min %d s)%n", wrote, took.toMinutes(), took.toSecondsPart());
    }

    static Store store(String name, Path workDir) {
        return switch (name) {
            case "h2" -> new H2Store(workDir);
            case "postgresql" -> ServerSqlStore.postgresql();
            case "mariadb" -> ServerSqlStore.mariadb();
            case "mongo" -> new MongoStore(workDir);
            default -> throw new IllegalArgumentException("unknown store '" + name + "'; known: "
                    + BenchSettings.ALL_STORES);
        };
    }
}
