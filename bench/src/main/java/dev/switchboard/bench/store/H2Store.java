package dev.switchboard.bench.store;

import dev.switchboard.bench.floor.GroupedJdbcFloor;
import dev.switchboard.bench.floor.JdbcFloor;
import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVStoreTool;

/**
 * The embedded default: the service runs with no storage setting at all, so it creates its H2 file under
 * {@code ./data} of its (fresh, scratch) working directory, exactly as a user who follows the README gets it. A
 * baseline jar runs in a directory of its own, so it gets its own file the same way.
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
    public Map<String, String> prepare(boolean baseline) {
        return Map.of(); // the default configuration: a new directory means a new database
    }

    /** The service's own URL (application.yml), with the path made absolute. */
    private String url() {
        return "jdbc:h2:file:" + serviceWorkDir.toAbsolutePath().resolve("data/switchboard")
                + ";WRITE_DELAY=1000;RETENTION_TIME=1000;LOCK_TIMEOUT=10000";
    }

    private Path file() {
        return serviceWorkDir.toAbsolutePath().resolve("data/switchboard.mv.db");
    }

    @Override
    public Workload floor() {
        return new JdbcFloor(url(), "sa", "");
    }

    @Override
    public Optional<Workload> groupedFloor() {
        return Optional.of(new GroupedJdbcFloor(url(), "sa", ""));
    }

    @Override
    public Optional<PgBench> pgbench() {
        return Optional.empty();
    }

    /**
     * H2 cannot say how much of its file is live data while the service holds it open, so the live figure comes at
     * the end: every live page of the closed file copied into a new file, packed and uncompressed, as the service
     * stores them ({@code MVStoreTool.compact(…, false)}). Not {@code SHUTDOWN COMPACT}: it also LZF-compresses the
     * copy, which the service's file never is, so it made the file look 1.6–1.7 times larger against its data than it
     * is (measured 2026-12-08 after 30 s of grouped inserts: 74.6 MB packed, 44.1 MB packed and compressed).
     */
    @Override
    public Optional<DiskUsage> diskUsage() {
        return Optional.of(new DiskUsage() {
            @Override
            public long bytesOnDisk() throws IOException {
                return Files.size(file());
            }

            @Override
            public long liveBytes() {
                return -1;
            }

            @Override
            public long liveBytesAfterStop() throws SQLException, IOException {
                try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                Path packed = file().resolveSibling("live-pages.mv.db");
                MVStoreTool.compact(file().toString(), packed.toString(), false);
                try {
                    return Files.size(packed);
                } finally {
                    Files.delete(packed);
                }
            }

            @Override
            public String method() {
                return "on disk: the size of `data/switchboard.mv.db`; live data: after the service has stopped,"
                        + " the size of a copy holding only the file's live pages, packed and uncompressed as the"
                        + " service stores them (`MVStoreTool.compact(file, copy, false)`; H2 cannot tell live data"
                        + " while the service holds the file). Runs before 2026-12-08 used the size after `SHUTDOWN"
                        + " COMPACT`, which also LZF-compresses the copy and so made the ratio 1.6–1.7 times larger";
            }

            @Override
            public void close() {
                // nothing held between samples
            }
        });
    }

    /** Embedded: H2's work is counted in the service's CPU (and in the harness's during the floor). */
    @Override
    public CpuProbe serverCpu() {
        return CpuProbe.NONE;
    }

    @Override
    public String floorDescription() {
        return "JDBC batch insert + commit + CHECKPOINT per request into the service's H2 file (same URL settings "
                + "and, like the service, the commit written into the file before the request counts), embedded in "
                + "the harness's JVM";
    }

    @Override
    public String groupedFloorDescription() {
        return GroupedJdbcFloor.DESCRIPTION + ", embedded in the harness's JVM";
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
