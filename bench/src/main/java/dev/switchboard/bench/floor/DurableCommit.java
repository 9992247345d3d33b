package dev.switchboard.bench.floor;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A commit as durable as the service's: on an H2 file the service writes each commit into the file with
 * {@code CHECKPOINT} before it answers (H2 would otherwise write it within WRITE_DELAY), so the floors do the same;
 * PostgreSQL and MariaDB are durable at commit.
 */
final class DurableCommit {

    private final Connection connection;
    private final boolean checkpoint;

    DurableCommit(Connection connection) throws SQLException {
        this.connection = connection;
        this.checkpoint = connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
    }

    void commit() throws SQLException {
        connection.commit();
        if (checkpoint) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }
}
