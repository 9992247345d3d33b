package dev.switchboard.bench;

import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import dev.switchboard.bench.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One store, start to end: a fresh database, the service jar started on it (cold start timed), the HTTP windows,
 * its resident memory, a clean stop, and then the floor windows against the same database with the service gone,
 * so the two never compete for the two cores.
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

    TargetResult run() {
        System.out.println(store.name() + ":");
        ColdStart coldStart = null;
        long residentKib = -1;
        List<WindowResult> http = new ArrayList<>();
        List<WindowResult> floor = new ArrayList<>();
        String version = store.name();
        try (store) {
            var environment = store.prepare();
            int port = ChildProcess.freePort();
            List<String> command = new ArrayList<>(settings.serviceJvmOptions());
            command.addAll(List.of("-jar", settings.serviceJar().toAbsolutePath().toString(),
                    "-micronaut.server.port=" + port));
            try (ChildProcess service = ChildProcess.startJava("switchboard", command, workDir, environment)) {
                HttpWorkload workload = new HttpWorkload(port, "admin", "admin");
                coldStart = HttpServerProcess.awaitReady(service, workload, port);
                System.out.printf("  cold start: HTTP up after %.0f ms, first authenticated request answered after "
                        + "%.0f ms%n", coldStart.httpUpMillis(), coldStart.firstRequestMillis());
                Matrix.prime(workload, settings, service.pid());
                http.addAll(Matrix.run(store.name() + " via HTTP", workload, new LoadDriver(settings.httpWindow()),
                        settings, CpuProbe.ofPid(service.pid()), store.serverCpu()));
                residentKib = service.residentKib();
                System.out.printf("  service resident memory after the runs: %d MiB%n", residentKib / 1024);
            }
            var floorWorkload = store.floor();
            Matrix.prime(floorWorkload, settings, ProcessHandle.current().pid()); // the harness runs the JDBC driver
            floor.addAll(Matrix.run(store.name() + " floor", floorWorkload, new LoadDriver(settings.floorWindow()),
                    settings, CpuProbe.NONE, store.serverCpu()));
            version = store.version();
            return new TargetResult(store.name(), version, coldStart, residentKib, http, floor,
                    store.floorDescription(), null);
        } catch (Exception e) {
            String problem = e.getMessage() == null ? e.toString() : e.getMessage();
            System.out.println("  not (fully) run: " + problem);
            return new TargetResult(store.name(), version, coldStart, residentKib, http, floor,
                    store.floorDescription(), problem);
        }
    }
}
