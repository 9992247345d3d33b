package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ServiceJar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Switchboard process, the jar as shipped, on a port of its own that it keeps across restarts, so that clients
 * reconnect to the same address. Its output goes to a log file in its working directory, which a restart keeps
 * (and with it the embedded H2 file).
 */
final class ServiceInstance implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final String name;
    private final Path jar;
    private final Path workDir;
    private final Map<String, String> environment;
    private final int port = ChildProcess.freePort();
    private ChildProcess process;

    ServiceInstance(String name, Path jar, Path workDir, Map<String, String> environment) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir;
        this.environment = environment;
    }

    int port() {
        return port;
    }

    /** Starts the jar and waits until {@code /health} answers 200; returns how long that took. */
    Duration start() throws IOException, InterruptedException {
        long launched = System.nanoTime();
        process = ChildProcess.startJava(name, List.of(ServiceJar.SECRETS_KEY_PROPERTY, "-jar", jar.toString(),
                "-micronaut.server.port=" + port), workDir, environment);
        try (HttpConnection health = new HttpConnection(port, null)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException(name + " exited during startup; its log ends with:\n" + process.logTail(30));
                }
                if (System.nanoTime() - launched > STARTUP_LIMIT.toNanos()) {
                    throw new IOException(name + " did not answer /health within " + STARTUP_LIMIT.toMinutes()
                            + " min; its log ends with:\n" + process.logTail(30));
                }
                try {
                    if (health.get("/health").status() == 200) {
                        return Duration.ofNanos(System.nanoTime() - launched);
                    }
                } catch (IOException notYetListening) {
                    health.close();
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    /** SIGKILL: no shutdown hook, no flush, connections reset mid-request. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
