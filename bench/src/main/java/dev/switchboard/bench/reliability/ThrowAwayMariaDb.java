package dev.switchboard.bench.reliability;

import dev.switchboard.bench.process.ChildProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the suite's own: mariadb-install-db into the scratch directory, then mariadbd with its own data
 * directory, socket, pid file and a free port on 127.0.0.1, {@code --no-defaults} so that nothing of the machine's
 * server configuration applies, and the durable InnoDB setting. Stopped with SIGTERM, a clean shutdown; the
 * machine's own server on 3306 is never touched.
 */
final class ThrowAwayMariaDb extends ThrowAwayServer {

    private static final String[] SBIN = {"/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"};

    private ChildProcess server;
    private boolean installed;

    ThrowAwayMariaDb(Path dir) {
        super(dir);
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public void start() throws IOException, InterruptedException, SQLException {
        if (!installed) {
            List<String> install = new ArrayList<>(List.of(NativeCommand.find("mariadb-install-db", SBIN),
                    "--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal",
                    "--skip-test-db"));
            install.addAll(asRoot());
            NativeCommand.run(install, dir.resolve("install.log"), 180);
            installed = true;
        }
        List<String> command = new ArrayList<>(List.of(NativeCommand.find("mariadbd", SBIN), "--no-defaults",
                "--datadir=" + data, "--socket=" + dir.resolve("mariadb.sock"), "--port=" + port,
                "--bind-address=127.0.0.1", "--pid-file=" + dir.resolve("mariadb.pid"),
                "--log-error=" + dir.resolve("mariadb-error.log"), "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=1"));
        command.addAll(asRoot());
        server = ChildProcess.start("mariadbd", command, dir, Map.of());
        awaitConnections();
    }

    /** SIGTERM: MariaDB closes its clients' connections and shuts down cleanly. */
    @Override
    public void stop() {
        server.close();
    }

    @Override
    public Map<String, String> environment(String database, Path serviceWorkDir) throws SQLException {
        try (Connection admin = connect();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://127.0.0.1:" + port + "/" + database,
                "DATASOURCES_DEFAULT_USERNAME", "root", "DATASOURCES_DEFAULT_PASSWORD", "");
    }

    @Override
    public String version() {
        return "MariaDB " + ask("SELECT VERSION()") + " (own server, innodb_flush_log_at_trx_commit=1)";
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** mariadbd refuses to run as root unless told to. */
    private static List<String> asRoot() {
        return NativeCommand.runningAsRoot() ? List.of("--user=root") : List.of();
    }

    private void awaitConnections() throws SQLException, InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!server.isAlive()) {
                throw new IOException("mariadbd exited; see " + dir.resolve("mariadb-error.log"));
            }
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }
}
