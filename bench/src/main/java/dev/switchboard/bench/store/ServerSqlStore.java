package dev.switchboard.bench.store;

import dev.switchboard.bench.floor.GroupedJdbcFloor;
import dev.switchboard.bench.floor.JdbcFloor;
import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL or MariaDB on this machine: a database named {@value #DATABASE} is created for the run (after dropping
 * a leftover one) and dropped at the end, so every run starts empty and leaves nothing behind; a baseline jar gets
 * {@value #BASELINE_DATABASE} the same way.
 */
public final class ServerSqlStore implements Store {

    static final String DATABASE = "switchboard_bench";
    static final String BASELINE_DATABASE = "switchboard_bench_baseline";
    private static final String HOST = "127.0.0.1";

    private final String name;
    private final boolean postgresql;
    private final int port;
    private final String adminDatabase;
    private final String username;
    private final String password;
    private final String create;
    private final String drop;
    private final String versionQuery;
    private final Set<String> serverCommands;
    private final Predicate<String> ourProcesses;

    private ServerSqlStore(String name, boolean postgresql, int port, String adminDatabase, String username,
                           String password, String create, String drop, String versionQuery,
                           Set<String> serverCommands, Predicate<String> ourProcesses) {
        this.name = name;
        this.postgresql = postgresql;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.username = username;
        this.password = password;
        this.create = create;
        this.drop = drop;
        this.versionQuery = versionQuery;
        this.serverCommands = serverCommands;
        this.ourProcesses = ourProcesses;
    }

    /** PostgreSQL on 127.0.0.1:5432, user postgres, trust authentication. */
    public static ServerSqlStore postgresql() {
        return new ServerSqlStore("PostgreSQL", true, 5432, "postgres", "postgres", "",
                "CREATE DATABASE %s ENCODING 'UTF8'", "DROP DATABASE IF EXISTS %s WITH (FORCE)",
                "SELECT 'PostgreSQL ' || current_setting('server_version')", Set.of("postgres"),
                // The backends of the bench databases and the shared ones (WAL writer, checkpointer …), not the
                // backends that other clients of this server (a test suite running meanwhile) keep busy.
                commandLine -> commandLine.contains(" " + DATABASE + " ")
                        || commandLine.contains(" " + BASELINE_DATABASE + " ") || !commandLine.contains("("));
    }

    /** MariaDB on 127.0.0.1:3306, user root, empty password. */
    public static ServerSqlStore mariadb() {
        return new ServerSqlStore("MariaDB", false, 3306, "", "root", "",
                "CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "DROP DATABASE IF EXISTS %s",
                "SELECT CONCAT('MariaDB ', VERSION())", Set.of("mariadbd", "mysqld"),
                commandLine -> true); // one process for every client: other databases' work is counted too
    }

    @Override
    public String name() {
        return name;
    }

    private String serverUrl() {
        return "jdbc:" + (postgresql ? "postgresql" : "mariadb") + "://" + HOST + ":" + port + "/";
    }

    private String databaseUrl(String database) {
        return serverUrl() + database;
    }

    @Override
    public Map<String, String> prepare(boolean baseline) throws SQLException {
        String database = baseline ? BASELINE_DATABASE : DATABASE;
        try (Connection admin = DriverManager.getConnection(serverUrl() + adminDatabase, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute(drop.formatted(database));
            statement.execute(create.formatted(database));
        } catch (SQLException e) {
            throw new SQLException(name + " is not reachable at " + serverUrl() + " as " + username + ": "
                    + e.getMessage(), e);
        }
        return Map.of("DATASOURCES_DEFAULT_URL", databaseUrl(database),
                "DATASOURCES_DEFAULT_USERNAME", username,
                "DATASOURCES_DEFAULT_PASSWORD", password);
    }

    @Override
    public Workload floor() {
        return new JdbcFloor(databaseUrl(DATABASE), username, password);
    }

    @Override
    public Optional<Workload> groupedFloor() {
        return Optional.of(new GroupedJdbcFloor(databaseUrl(DATABASE), username, password));
    }

    @Override
    public Optional<PgBench> pgbench() {
        return postgresql
                ? Optional.of(new PgBench(databaseUrl(DATABASE), username, password, HOST, port, DATABASE))
                : Optional.empty();
    }

    /** PostgreSQL only: the database's size and the message table's, both as PostgreSQL counts them. */
    @Override
    public Optional<DiskUsage> diskUsage() {
        if (!postgresql) {
            return Optional.empty();
        }
        Query query = new Query(databaseUrl(DATABASE));
        return Optional.of(new DiskUsage() {
            @Override
            public long bytesOnDisk() throws SQLException {
                return query.number("SELECT pg_database_size(current_database())");
            }

            @Override
            public long liveBytes() throws SQLException {
                return query.number("SELECT pg_total_relation_size('transcript_message')");
            }

            @Override
            public long liveBytesAfterStop() throws SQLException {
                return liveBytes();
            }

            @Override
            public String method() {
                return "on disk: `pg_database_size` of the bench database (every table, index, TOAST and the"
                        + " catalogs); live data: `pg_total_relation_size('transcript_message')`, the message table"
                        + " with its indexes and TOAST (an estimate: it leaves out the interaction and conversation"
                        + " rows, and would count dead tuples, which an insert-only table hardly has)";
            }

            @Override
            public void close() {
                query.close();
            }
        });
    }

    /** PostgreSQL and MariaDB: {@code webhook_delivery} rows in state PENDING, over a connection of the harness. */
    @Override
    public Optional<OutboxBacklog> outboxBacklog(boolean baseline) {
        return Optional.of(new Backlog(databaseUrl(baseline ? BASELINE_DATABASE : DATABASE)));
    }

    /** The outbox's backlog over a {@link Query} connection. */
    private final class Backlog extends Query implements OutboxBacklog {

        Backlog(String url) {
            super(url);
        }

        @Override
        public long pending() throws SQLException {
            return number("SELECT COUNT(*) FROM webhook_delivery WHERE state = 'PENDING'");
        }

        @Override
        public void analyze() throws SQLException {
            execute(postgresql ? "ANALYZE webhook_delivery" : "ANALYZE TABLE webhook_delivery");
        }
    }

    /** One connection of the harness to a bench database, opened at the first query, for single numbers. */
    private class Query implements AutoCloseable {
        private final String url;
        private Connection connection;

        Query(String url) {
            this.url = url;
        }

        long number(String sql) throws SQLException {
            try (Statement statement = connection().createStatement();
                 ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        }

        void execute(String sql) throws SQLException {
            try (Statement statement = connection().createStatement()) {
                statement.execute(sql);
            }
        }

        private Connection connection() throws SQLException {
            if (connection == null) {
                connection = DriverManager.getConnection(url, username, password);
            }
            return connection;
        }

        @Override
        public void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // sampling is over; nothing depends on a clean close
            }
        }
    }

    /** The server's processes by name: PostgreSQL forks one backend per connection. */
    @Override
    public CpuProbe serverCpu() {
        return CpuProbe.ofCommands(serverCommands, ourProcesses);
    }

    @Override
    public String floorDescription() {
        return "JDBC batch insert + commit per request, one connection per caller, into the schema the service's "
                + "Flyway scripts created (same JDBC URL as the service)";
    }

    @Override
    public String groupedFloorDescription() {
        return GroupedJdbcFloor.DESCRIPTION + ", into the same database";
    }

    @Override
    public String version() {
        try (Connection connection = DriverManager.getConnection(serverUrl() + adminDatabase, username, password);
             ResultSet version = connection.createStatement().executeQuery(versionQuery)) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return name + " (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(serverUrl() + adminDatabase, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute(drop.formatted(DATABASE));
            statement.execute(drop.formatted(BASELINE_DATABASE));
        } catch (SQLException e) {
            System.err.println("could not drop the bench databases on " + name + ": " + e.getMessage());
        }
    }
}
