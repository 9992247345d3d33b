package dev.switchboard.bench.store;

import dev.switchboard.bench.floor.JdbcFloor;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL or MariaDB on this machine: a database named {@value #DATABASE} is created for the run (after dropping
 * a leftover one) and dropped at the end, so every run starts empty and leaves nothing behind.
 */
public final class ServerSqlStore implements Store {

    static final String DATABASE = "switchboard_bench";

    private final String name;
    private final String serverUrl;
    private final String adminDatabase;
    private final String username;
    private final String password;
    private final String create;
    private final String drop;
    private final String versionQuery;
    private final Set<String> serverCommands;
    private final Predicate<String> ourProcesses;

    private ServerSqlStore(String name, String serverUrl, String adminDatabase, String username, String password,
                           String create, String drop, String versionQuery, Set<String> serverCommands,
                           Predicate<String> ourProcesses) {
        this.name = name;
        this.serverUrl = serverUrl;
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
        return new ServerSqlStore("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres", "",
                "CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'",
                "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)",
                "SELECT 'PostgreSQL ' || current_setting('server_version')", Set.of("postgres"),
                // The backends of the bench database and the shared ones (WAL writer, checkpointer …), not the
                // backends that other clients of this server (a test suite running meanwhile) keep busy.
                commandLine -> commandLine.contains(" " + DATABASE + " ") || !commandLine.contains("("));
    }

    /** MariaDB on 127.0.0.1:3306, user root, empty password. */
    public static ServerSqlStore mariadb() {
        return new ServerSqlStore("MariaDB", "jdbc:mariadb://127.0.0.1:3306/", "", "root", "",
                "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "DROP DATABASE IF EXISTS " + DATABASE,
                "SELECT CONCAT('MariaDB ', VERSION())", Set.of("mariadbd", "mysqld"),
                commandLine -> true); // one process for every client: other databases' work is counted too
    }

    @Override
    public String name() {
        return name;
    }

    private String databaseUrl() {
        return serverUrl + DATABASE;
    }

    @Override
    public Map<String, String> prepare() throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl + adminDatabase, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute(drop);
            statement.execute(create);
        } catch (SQLException e) {
            throw new SQLException(name + " is not reachable at " + serverUrl + " as " + username + ": "
                    + e.getMessage(), e);
        }
        return Map.of("DATASOURCES_DEFAULT_URL", databaseUrl(),
                "DATASOURCES_DEFAULT_USERNAME", username,
                "DATASOURCES_DEFAULT_PASSWORD", password);
    }

    @Override
    public Workload floor() {
        return new JdbcFloor(databaseUrl(), username, password);
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
    public String version() {
        try (Connection connection = DriverManager.getConnection(serverUrl + adminDatabase, username, password);
             ResultSet version = connection.createStatement().executeQuery(versionQuery)) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return name + " (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(serverUrl + adminDatabase, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute(drop);
        } catch (SQLException e) {
            System.err.println("could not drop the bench database on " + name + ": " + e.getMessage());
        }
    }
}
