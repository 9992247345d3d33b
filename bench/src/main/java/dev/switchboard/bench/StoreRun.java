package dev.switchboard.bench;

import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.BotWorkload;
import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import dev.switchboard.bench.process.ServiceJar;
import dev.switchboard.bench.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One store, start to end: a fresh database, the service jar started on it (cold start timed), the HTTP windows of
 * each workload ({@code BENCH_WORKLOADS}: voice, then bot), its resident memory, a clean stop, and then, when the
 * voice workload ran, the floors (per request, then grouped) and, on PostgreSQL, pgbench against the same database
 * with the service gone, so that they never compete for the two cores.
 *
 * <p>With a baseline jar, both jars run at the same time on databases of their own: each is launched (on a quiet
 * machine, so neither cold start pays for the other), primed until its JIT is idle, and then their windows
 * alternate, so that the comparison is made under the same conditions. The floors use the current jar's database.
 */
final class StoreRun {

    private final BenchSettings settings;
    private final Store store;
    private final Path workDir;

    StoreRun(BenchSettings settings, Store store, Path workDir) {
        this.settings = settings;
        this.store = store;
        this.workDir = workDir;
    }

    /** A service jar running on its own database. */
    private record Launched(ServiceJar jar, String label, ChildProcess process, HttpWorkload workload,
                            BotWorkload bot, ColdStart coldStart, String classArchive) {

        String describe() {
            return jar.jar() + " (SHA-256 " + jar.shortHash() + "…)";
        }
    }

    TargetResult run() {
        System.out.println(store.name() + ":");
        List<String> problems = new ArrayList<>();
        ServerRun current = ServerRun.missing(settings.serviceJar().jar().toString(), null, null);
        ServerRun baseline = settings.baselineJar() == null ? null
                : ServerRun.missing(settings.baselineJar().jar().toString(), null, null);
        List<WindowResult> floor = new ArrayList<>();
        List<WindowResult> grouped = new ArrayList<>();
        PgBench.Result pgbench = store.pgbench().isPresent() ? PgBench.Result.notRun("the store's run ended before it")
                : PgBench.Result.notRun("pgbench is PostgreSQL's tool; " + store.name() + " has none");
        String version = store.name();
        try (store) {
            List<Launched> launched = new ArrayList<>();
            try {
                if (settings.baselineJar() != null) {
                    try {
                        Launched service = launch(settings.baselineJar(), true);
                        launched.add(service);
                        baseline = ServerRun.missing(service.describe(), service.coldStart(), service.classArchive());
                    } catch (Exception e) {
                        problems.add("baseline jar: " + message(e));
                        System.out.println("  baseline jar not run: " + message(e));
                    }
                }
                Launched service = launch(settings.serviceJar(), false);
                launched.add(service);
                current = ServerRun.missing(service.describe(), service.coldStart(), service.classArchive());
                List<List<WindowResult>> voice = settings.voice()
                        ? measure(launched, Launched::workload, " via HTTP") : null;
                List<List<WindowResult>> bot = settings.bot() ? measure(launched, Launched::bot, " bot") : null;
                for (int i = 0; i < launched.size(); i++) {
                    Launched each = launched.get(i);
                    long residentKib = each.process().residentKib();
                    System.out.printf("  %s resident memory after the runs: %d MiB%n", each.label(),
                            residentKib / 1024);
                    ServerRun run = new ServerRun(each.describe(), each.coldStart(), each.classArchive(), residentKib,
                            voice == null ? List.of() : voice.get(i), bot == null ? List.of() : bot.get(i));
                    if (each.jar() == settings.serviceJar()) {
                        current = run;
                    } else {
                        baseline = run;
                    }
                }
            } finally {
                launched.forEach(each -> each.process().close());
            }
            if (settings.voice()) {
                pgbench = floors(floor, grouped);
            } else {
                pgbench = PgBench.Result.notRun("the voice workload did not run (BENCH_WORKLOADS)");
            }
            version = store.version();
        } catch (Exception e) {
            problems.add(message(e));
            System.out.println("  not (fully) run: " + message(e));
        }
        return new TargetResult(store.name(), version, current, baseline, floor, store.floorDescription(), grouped,
                store.groupedFloorDescription(), pgbench, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** Starts one jar on a fresh database of its own (a directory of its own for H2) and times its cold start. */
    private Launched launch(ServiceJar jar, boolean isBaseline) throws Exception {
        var environment = store.prepare(isBaseline);
        Path directory = isBaseline ? workDir.resolve("baseline") : workDir;
        String label = store.name() + (isBaseline ? " before" : (settings.baselineJar() == null ? "" : " after"));
        settings.quietMachine().await();
        int port = ChildProcess.freePort();
        if (settings.bot()) {
            environment = new HashMap<>(environment);
            environment.putAll(BotWorkload.serviceEnvironment());
        }
        ChildProcess process = ChildProcess.startJava(isBaseline ? "switchboard-baseline" : "switchboard",
                jar.command(settings.serviceJvmOptions(), port), directory, environment);
        try {
            HttpWorkload workload = new HttpWorkload(port, "admin", "admin");
            ColdStart coldStart = HttpServerProcess.awaitReady(process, workload, port);
            String archive = jar.archiveUse(process.pid());
            System.out.printf("  %s cold start: HTTP up after %.0f ms, first authenticated request answered after "
                    + "%.0f ms (class archive: %s)%n", jar.label(), coldStart.httpUpMillis(),
                    coldStart.firstRequestMillis(), archive);
            return new Launched(jar, label, process, workload, new BotWorkload(port), coldStart, archive);
        } catch (Exception e) {
            process.close();
            throw e;
        }
    }

    /**
     * The voice workload's references on the current jar's database, with the services gone: the floor per request,
     * the grouped floor where there is one, and pgbench on PostgreSQL.
     */
    private PgBench.Result floors(List<WindowResult> floor, List<WindowResult> grouped) throws Exception {
        var floorWorkload = store.floor();
        Matrix.prime(floorWorkload, settings, ProcessHandle.current().pid()); // the harness runs the JDBC driver
        floor.addAll(Matrix.run(store.name() + " floor", floorWorkload, new LoadDriver(settings.floorWindow()),
                settings, CpuProbe.NONE, store.serverCpu()));
        var groupedWorkload = store.groupedFloor();
        if (groupedWorkload.isPresent()) {
            Matrix.prime(groupedWorkload.get(), settings, ProcessHandle.current().pid());
            grouped.addAll(Matrix.run(store.name() + " grouped", groupedWorkload.get(),
                    new LoadDriver(settings.floorWindow()), settings, CpuProbe.NONE, store.serverCpu()));
        }
        Optional<PgBench> bench = store.pgbench();
        if (bench.isEmpty()) {
            return PgBench.Result.notRun("pgbench is PostgreSQL's tool; " + store.name() + " has none");
        }
        settings.quietMachine().await();
        PgBench.Result pgbench = bench.get().run(settings.httpWindow().measure(), workDir, store.serverCpu());
        System.out.println(describe(pgbench));
        return pgbench;
    }

    /**
     * One workload on every launched jar: each primed until its JIT is idle, then their windows alternating.
     *
     * @return the windows of each jar, in the order of {@code launched}
     */
    private List<List<WindowResult>> measure(List<Launched> launched, Function<Launched, Workload> workload,
                                             String suffix) throws Exception {
        for (Launched each : launched) {
            Matrix.prime(workload.apply(each), settings, each.process().pid());
        }
        List<Matrix.Measured> measured = launched.stream().map(each -> new Matrix.Measured(each.label() + suffix,
                workload.apply(each), CpuProbe.ofPid(each.process().pid()), store.serverCpu())).toList();
        return Matrix.run(measured, new LoadDriver(settings.httpWindow()), settings);
    }

    private static String describe(PgBench.Result r) {
        return r.problem() != null ? "  pgbench: not run: " + r.problem()
                : String.format(Locale.ROOT, "  pgbench %d clients, one single-row INSERT per transaction: %8.0f tps"
                        + "  latency avg %.2f ms  %d transactions %d failed  CPU cores: store %.2f",
                PgBench.CLIENTS, r.tps(), r.latencyMillis(), r.transactions(), r.failed(), r.storeCpuCores());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
