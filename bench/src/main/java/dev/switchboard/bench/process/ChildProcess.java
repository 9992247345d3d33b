package dev.switchboard.bench.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A process the harness starts: the service, the HTTP ceiling, the MongoDB test server or a database server. Its
 * output goes to a log file in its working directory. Every child is stopped when the harness ends, even on Ctrl-C
 * (a shutdown hook).
 */
public final class ChildProcess implements AutoCloseable {

    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildProcess::close), "stop-children"));
    }

    private final String name;
    private final Process process;
    private final long launchedAt;
    private final Path log;

    private ChildProcess(String name, Process process, long launchedAt, Path log) {
        this.name = name;
        this.process = process;
        this.launchedAt = launchedAt;
        this.log = log;
    }

    /**
     * Starts {@code java <jvmArguments…>} in {@code workDir} with extra environment variables.
     *
     * @param jvmArguments everything after {@code java}: options, then {@code -jar x.jar} or a main class, then
     *                     program arguments
     */
    public static ChildProcess startJava(String name, List<String> jvmArguments, Path workDir,
                                         Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        return start(name, command, workDir, environment);
    }

    /** Starts any program (a database server, say) in {@code workDir}, its output in a log file there. */
    public static ChildProcess start(String name, List<String> command, Path workDir,
                                     Map<String, String> environment) throws IOException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        long launchedAt = System.nanoTime();
        ChildProcess child = new ChildProcess(name, builder.start(), launchedAt, log);
        RUNNING.add(child);
        return child;
    }

    /**
     * The harness's own class path with every entry made absolute, for the children that run the harness's
     * classes (the ceiling, the MongoDB server) in working directories of their own.
     */
    public static String harnessClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> entry.endsWith("*")
                        ? Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath() + File.separator + "*"
                        : Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until this child accepts connections on 127.0.0.1:{@code port}; fails when it exits or takes 60 s. */
    public void awaitListening(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited:\n" + logTail(20));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException(name + " did not listen on port " + port + " within 60 s:\n" + logTail(20));
    }

    /** A TCP port on 127.0.0.1 that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Milliseconds since the process was launched. */
    public double millisSinceLaunch() {
        return (System.nanoTime() - launchedAt) / 1e6;
    }

    public long residentKib() {
        return ProcessCpu.residentKib(process.pid());
    }

    /** The last lines of the child's output, to explain a failure. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }

    /**
     * Waits for a program that ends by itself (pgbench) and returns its exit code; one still running after
     * {@code limit} is killed and reported as a failure.
     */
    public int awaitExit(Duration limit) throws IOException, InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IOException(name + " still ran after " + limit.toSeconds() + " s and was killed");
        }
        RUNNING.remove(this);
        return process.exitValue();
    }

    /** SIGKILL, as {@code kill -9} does: no shutdown hook, no flush, no goodbye to its clients. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        RUNNING.remove(this);
    }

    /** SIGTERM, then SIGKILL if it has not exited within 20 seconds. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        RUNNING.remove(this);
    }
}
