package dev.switchboard.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the suite's own: initdb into the scratch directory, trust authentication, a free port on
 * 127.0.0.1, started and stopped with pg_ctl ({@code -m fast}: sessions are terminated, as an administrator's restart
 * does). The machine's own server on 5432 is never touched.
 */
final class ThrowAwayPostgres extends ThrowAwayServer {

    private final String bin = binDirectory();
    private boolean initialised;
    private boolean running;

    ThrowAwayPostgres(Path dir) {
        super(dir);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void start() throws IOException, InterruptedException {
        if (!initialised) {
            Files.createDirectories(dir);
            if (NativeCommand.runningAsRoot()) {
                NativeCommand.run(List.of("chown", "-R", "postgres:postgres", dir.toString()), log(), 30);
            }
            NativeCommand.run(NativeCommand.asUser("postgres", List.of(bin + "initdb", "-D", data.toString(), "-A",
                    "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")), log(), 120);
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-throw-away-postgresql"));
            initialised = true;
        }
        NativeCommand.run(pgCtl("start", "-w", "-t", "120", "-l", dir.resolve("postgresql.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on"), log(), 150);
        running = true;
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        NativeCommand.run(pgCtl("stop", "-m", "fast", "-w", "-t", "60"), log(), 90);
        running = false;
    }

    @Override
    public Map<String, String> environment(String database, Path serviceWorkDir) throws SQLException {
        try (Connection admin = connect("postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        }
        return Map.of("DATASOURCES_DEFAULT_URL", url(database), "DATASOURCES_DEFAULT_USERNAME", "postgres",
                "DATASOURCES_DEFAULT_PASSWORD", "");
    }

    @Override
    public String version() {
        return "PostgreSQL " + ask("SHOW server_version") + " (own cluster, fsync on)";
    }

    @Override
    public synchronized void close() {
        if (running) {
            try {
                NativeCommand.run(pgCtl("stop", "-m", "immediate", "-w"), log(), 60);
                running = false;
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the throw-away PostgreSQL in " + data + ": " + e.getMessage());
            }
        }
    }

    @Override
    Connection connect() throws SQLException {
        return connect("postgres");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private List<String> pgCtl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(bin + "pg_ctl", "-D", data.toString()));
        command.addAll(List.of(arguments));
        return NativeCommand.asUser("postgres", command);
    }

    private Path log() {
        return dir.resolve("pg_ctl.log");
    }

    /** RELIABILITY_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian), else the PATH. */
    private static String binDirectory() {
        String configured = System.getenv("RELIABILITY_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured) + "/";
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(binaries -> Files.isExecutable(binaries.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString))
                    .map(binaries -> binaries + "/").orElse("");
        } catch (IOException notDebian) {
            return "";
        }
    }
}
