package dev.switchboard.bench.reliability;

import dev.switchboard.bench.process.ChildProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A database server of the suite's own: its data directory under the scratch directory, a free port on 127.0.0.1,
 * and its data kept when it is stopped and started again, as any real server keeps it.
 */
abstract class ThrowAwayServer implements Database {

    final Path dir;
    final Path data;
    final int port = ChildProcess.freePort();

    ThrowAwayServer(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.data = this.dir.resolve("data");
    }

    /** A connection as the server's administrator. */
    abstract Connection connect() throws SQLException;

    /** The server's answer to {@code query} (a version query), or why it gave none. */
    String ask(String query) {
        try (Connection connection = connect();
             ResultSet answer = connection.createStatement().executeQuery(query)) {
            answer.next();
            return answer.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public boolean isServer() {
        return true;
    }

    @Override
    public boolean keepsDataWhenRestarted() {
        return true;
    }
}
