package dev.switchboard.bench;

import dev.switchboard.bench.ceiling.CeilingApplication;
import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import io.micronaut.core.version.VersionUtils;
import java.util.List;
import java.util.Map;

/** Starts the bare Micronaut endpoint in its own JVM and measures it like the service, without a store. */
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
            Matrix.prime(workload, settings, ceiling.pid());
            List<WindowResult> http = Matrix.run("ceiling", workload, new LoadDriver(settings.httpWindow()),
                    settings, CpuProbe.ofPid(ceiling.pid()), CpuProbe.NONE);
            return new TargetResult(NAME, VERSION, new ServerRun(VERSION, coldStart, null, ceiling.residentKib(), http),
                    null, List.of(), null, List.of(), null, null, null);
        } catch (Exception e) {
            System.out.println("  failed: " + e.getMessage());
            return new TargetResult(NAME, VERSION, ServerRun.missing(VERSION, coldStart, null), null, List.of(), null,
                    List.of(), null, null, e.getMessage());
        }
    }
}
