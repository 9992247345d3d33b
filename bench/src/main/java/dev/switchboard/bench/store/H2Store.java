package dev.switchboard.bench.store;

import dev.switchboard.bench.floor.JdbcFloor;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The embedded default: the service runs with no storage setting at all, so it creates its H2 file under
 * {@code ./data} of its (fresh, scratch) working directory, exactly as a user who follows the README gets it.
 */
public final class H2Store implements Store {

    private final Path serviceWorkDir;

    public H2Store(Path serviceWorkDir) {
        this.serviceWorkDir = serviceWorkDir;
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Map<String, String> prepare() {
        return Map.of(); // the default configuration: a new directory means a new database
    }

    /** The service's own URL (application.yml), with the path made absolute. */
    private String url() {
        return "jdbc:h2:file:" + serviceWorkDir.toAbsolutePath().resolve("data/switchboard")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    @Override
    public Workload floor() {
        return new JdbcFloor(url(), "sa", "");
    }

    /** Embedded: H2's work is counted in the service's CPU (and in the harness's during the floor). */
    @Override
    public CpuProbe serverCpu() {
        return CpuProbe.NONE;
    }

    @Override
    public String floorDescription() {
        return "JDBC batch insert + commit per request into the service's H2 file (same URL settings, "
                + "WRITE_DELAY=0), embedded in the harness's JVM";
    }

    @Override
    public String version() {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             ResultSet version = connection.createStatement().executeQuery("SELECT H2VERSION()")) {
            version.next();
            return "H2 " + version.getString(1) + " (embedded, file)";
        } catch (SQLException e) {
            return "H2 (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        // the scratch directory is removed with the rest of the run's working files
    }
}
