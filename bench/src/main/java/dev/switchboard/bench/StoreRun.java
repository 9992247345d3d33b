package dev.switchboard.bench;

import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.BotWorkload;
import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.media.MediaDriver;
import dev.switchboard.bench.media.MediaWindow;
import dev.switchboard.bench.outbox.Deliveries;
import dev.switchboard.bench.outbox.EventReceiver;
import dev.switchboard.bench.outbox.OutboxWatch;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import dev.switchboard.bench.process.ServiceJar;
import dev.switchboard.bench.store.OutboxBacklog;
import dev.switchboard.bench.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>The webhook outbox's comparison ({@code BENCH_WORKLOADS=outbox}) works the same way with the current jar twice:
 * the store's service as it is (no endpoint: the outbox off) and a second one on the second database with one
 * endpoint, an {@link EventReceiver} in this JVM, subscribed to the messages (the outbox on). After each of the
 * second one's windows the harness waits until its outbox is empty, so that its deliveries never overlap the next
 * window.
 *
 * <p>The concurrent Twilio Media Streams calls ({@code BENCH_WORKLOADS=media}) run on the current jar's service after
 * the HTTP workloads: a voice assistant with a Twilio channel made through the admin API, a priming, then a window
 * per call count ({@code BENCH_MEDIA_CALLS}), each followed by the check of what the service kept of its calls.
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
    private record Launched(ServiceJar jar, String label, ChildProcess process, int port, HttpWorkload workload,
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
        OutboxResult outbox = settings.outbox() ? OutboxResult.notRun("the store's run ended before it") : null;
        MediaResult media = settings.media() ? MediaResult.notRun("the store's run ended before it") : null;
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
                if (settings.media()) {
                    media = media(service);
                }
                if (settings.outbox()) {
                    outbox = outbox(service);
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
                store.groupedFloorDescription(), pgbench, outbox, media,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** Starts one jar on a fresh database of its own (a directory of its own for H2) and times its cold start. */
    private Launched launch(ServiceJar jar, boolean isBaseline) throws Exception {
        String label = store.name() + (isBaseline ? " before" : (settings.baselineJar() == null ? "" : " after"));
        return launch(jar, isBaseline, isBaseline ? "baseline" : null, label, Map.of());
    }

    /**
     * Starts one jar on a fresh database and times its cold start.
     *
     * @param secondDatabase the store's second database (the baseline jar's, or the outbox's second service's)
     * @param role           the subdirectory it runs in and its process name's suffix; null for the current jar
     * @param extra          environment variables besides the store's (and the bot channel's)
     */
    private Launched launch(ServiceJar jar, boolean secondDatabase, String role, String label,
                            Map<String, String> extra) throws Exception {
        var environment = new HashMap<>(store.prepare(secondDatabase));
        Path directory = role == null ? workDir : workDir.resolve(role);
        settings.quietMachine().await();
        int port = ChildProcess.freePort();
        if (settings.bot()) {
            environment.putAll(BotWorkload.serviceEnvironment());
        }
        if (settings.media()) {
            // The generated channel URLs (the Twilio webSocketUrl that is dialed and signed) on the service's own
            // address, as a deployment sets its public address.
            environment.put("SWITCHBOARD_PUBLIC_URL", "http://127.0.0.1:" + port);
        }
        environment.putAll(extra);
        ChildProcess process = ChildProcess.startJava(role == null ? "switchboard" : "switchboard-" + role,
                jar.command(settings.serviceJvmOptions(), port), directory, environment);
        try {
            HttpWorkload workload = new HttpWorkload(port, "admin", "admin");
            ColdStart coldStart = HttpServerProcess.awaitReady(process, workload, port);
            String archive = jar.archiveUse(process.pid());
            System.out.printf("  %s cold start: HTTP up after %.0f ms, first authenticated request answered after "
                    + "%.0f ms (class archive: %s)%n", role == null || role.equals(jar.label()) ? jar.label()
                    : jar.label() + " (" + role + ")", coldStart.httpUpMillis(), coldStart.firstRequestMillis(),
                    archive);
            return new Launched(jar, label, process, port, workload, new BotWorkload(port), coldStart, archive);
        } catch (Exception e) {
            process.close();
            throw e;
        }
    }

    /**
     * The webhook outbox's comparison: a second service of the current jar with one endpoint subscribed to the
     * messages, beside {@code off} (the store's service, no endpoint); both primed at one message per request, the
     * outbox emptied, then their windows alternating, each of the second one's windows followed by the wait until
     * its outbox is empty. Failures end only this part of the store's run.
     */
    private OutboxResult outbox(Launched off) {
        Optional<OutboxBacklog> backlog = store.outboxBacklog(true);
        if (backlog.isEmpty()) {
            String why = "the harness counts the outbox's backlog in PostgreSQL or MariaDB only; " + store.name()
                    + " cannot be read beside the service or has no outbox";
            System.out.println("  outbox comparison not run: " + why);
            return OutboxResult.notRun(why);
        }
        try (OutboxBacklog pending = backlog.get(); EventReceiver receiver = EventReceiver.start()) {
            Launched on = launch(settings.serviceJar(), true, "outbox", store.name() + " outbox on",
                    receiver.serviceEnvironment());
            try {
                OutboxWatch watch = new OutboxWatch(receiver, pending, settings.outboxDrainLimit());
                Workload offLoad = off.workload().singleMessages((batch, answeredNanos) -> { });
                Workload onLoad = on.workload().singleMessages(watch);
                Matrix.prime(offLoad, settings, off.process().pid());
                Matrix.prime(onLoad, settings, on.process().pid());
                if (settings.outboxAnalyze()) {
                    pending.analyze(); // autovacuum's job, off on the benchmark machine: see BenchSettings
                    System.out.println("  outbox: ANALYZE webhook_delivery (BENCH_OUTBOX_ANALYZE=0 leaves it out)");
                }
                System.out.printf("  outbox emptied %.0f ms after the priming (%d deliveries so far)%n",
                        watch.drain(), receiver.deliveries());
                List<Deliveries> deliveries = new ArrayList<>();
                List<List<WindowResult>> windows = Matrix.run(List.of(
                        new Matrix.Measured(store.name() + " outbox off", offLoad,
                                CpuProbe.ofPid(off.process().pid()), store.serverCpu()),
                        new Matrix.Measured(on.label(), onLoad, CpuProbe.ofPid(on.process().pid()),
                                store.serverCpu(), window -> {
                                    Deliveries d = watch.settle(window);
                                    deliveries.add(d);
                                    System.out.println(describe(d));
                                })), new LoadDriver(settings.httpWindow()), settings);
                return new OutboxResult(windows.get(0), windows.get(1), deliveries, on.process().residentKib(),
                        null);
            } finally {
                on.process().close();
            }
        } catch (Exception e) {
            System.out.println("  outbox comparison not (fully) run: " + message(e));
            return OutboxResult.notRun(message(e));
        }
    }

    /**
     * The concurrent Twilio Media Streams calls on the current jar's service: the assistant, the priming with the
     * largest call count, then a window per call count. A failure ends only this part of the store's run; the
     * windows measured before it are kept.
     */
    private MediaResult media(Launched service) {
        List<MediaWindow> windows = new ArrayList<>();
        String assistant = null;
        int primeCalls = settings.mediaCalls().stream().mapToInt(Integer::intValue).max().orElse(1);
        long primed = 0;
        double idle = Double.NaN;
        try {
            MediaDriver driver = new MediaDriver(service.port(), service.process().pid(), store.serverCpu(),
                    settings.httpWindow(), settings.mediaFrameRate());
            assistant = driver.setUp();
            System.out.println("  media: voice assistant " + assistant + " with a Twilio channel");
            settings.quietMachine().await();
            primed = driver.prime(primeCalls, settings.prime());
            System.out.printf("  media: primed with %d calls for %d s until the JIT was idle%n", primeCalls, primed);
            idle = driver.idle();
            System.out.printf("  media: the service without calls: %.3f cores besides its JIT%n", idle);
            for (int calls : settings.mediaCalls()) {
                settings.quietMachine().await();
                MediaWindow window = driver.run(calls);
                windows.add(window);
                System.out.println(MediaDriver.describe(store.name() + " media", window));
            }
            return new MediaResult(assistant, windows, primeCalls, primed, idle, null);
        } catch (Exception e) {
            System.out.println("  media streams not (fully) run: " + message(e));
            return new MediaResult(assistant, windows, primeCalls, primed, idle, message(e));
        }
    }

    private static String describe(Deliveries d) {
        return String.format(Locale.ROOT, "    deliveries: %.0f events/s at the receiver, lag p50 %.1f ms p99 %.1f ms"
                        + " (%d acknowledged, %d missing), backlog at the end %d, empty after %.0f ms, %d repeated",
                d.eventsPerSecond(), d.lagP50Millis(), d.lagP99Millis(), d.acknowledged(), d.missing(),
                d.backlogAtEnd(), d.drainMillis(), d.repeated());
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
