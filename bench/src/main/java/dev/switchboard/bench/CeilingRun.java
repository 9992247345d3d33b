package dev.switchboard.bench;

import dev.switchboard.bench.ceiling.CeilingApplication;
import dev.switchboard.bench.load.BotWorkload;
import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import io.micronaut.core.version.VersionUtils;
import java.util.List;
import java.util.Map;

/**
 * Starts the bare Micronaut endpoints in their own JVM and measures them like the service, without a store: the
 * voice messages, the bot integration endpoint, or both ({@code BENCH_WORKLOADS}).
 */
final class CeilingRun {

    static final String NAME = "HTTP ceiling";
    private static final String VERSION = "Micronaut " + VersionUtils.MICRONAUT_VERSION + ", Netty";

    private final BenchSettings settings;

    CeilingRun(BenchSettings settings) {
        this.settings = settings;
    }

    TargetResult run() {
        System.out.println(NAME + ": bare Micronaut endpoint, no storage");
        int port = ChildProcess.freePort();
        List<String> command = List.of("-cp", ChildProcess.harnessClassPath(),
                CeilingApplication.class.getName(), "-micronaut.server.port=" + port);
        ColdStart coldStart = null;
        try (ChildProcess ceiling = ChildProcess.startJava("ceiling", command, settings.workDir().resolve("ceiling"),
                Map.of())) {
            HttpWorkload workload = new HttpWorkload(port, "admin", "admin");
            coldStart = HttpServerProcess.awaitReady(ceiling, workload, port);
            System.out.printf("  cold start: HTTP up after %.0f ms, first request answered after %.0f ms%n",
                    coldStart.httpUpMillis(), coldStart.firstRequestMillis());
            List<WindowResult> http = settings.voice() ? measure("ceiling", workload, ceiling) : List.of();
            List<WindowResult> bot = settings.bot() ? measure("ceiling bot", new BotWorkload(port), ceiling)
                    : List.of();
            return new TargetResult(NAME, VERSION, new ServerRun(VERSION, coldStart, null, ceiling.residentKib(), http,
                    bot), null, List.of(), null, List.of(), null, null, null, null, null);
        } catch (Exception e) {
            System.out.println("  failed: " + e.getMessage());
            return new TargetResult(NAME, VERSION, ServerRun.missing(VERSION, coldStart, null), null, List.of(), null,
                    List.of(), null, null, null, null, e.getMessage());
        }
    }

    private List<WindowResult> measure(String label, Workload workload, ChildProcess ceiling) throws Exception {
        Matrix.prime(workload, settings, ceiling.pid());
        return Matrix.run(label, workload, new LoadDriver(settings.httpWindow()), settings,
                CpuProbe.ofPid(ceiling.pid()), CpuProbe.NONE);
    }
}
