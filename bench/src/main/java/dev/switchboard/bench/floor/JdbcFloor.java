package dev.switchboard.bench.floor;

import dev.switchboard.bench.load.TranscriptScript;
import dev.switchboard.bench.load.Workload;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The cost floor of a SQL store: the message rows the service would write, sent straight through JDBC as one
 * batch insert and one commit per request, into the schema the service's own Flyway scripts created. No reads,
 * no deduplication check, no conversation or interaction update, no pool: what the database alone needs to make
 * a batch durable. Each caller has its own connection and its own interaction and conversation rows.
 */
public final class JdbcFloor implements Workload {

    private static final String INSERT_INTERACTION = "INSERT INTO interaction"
            + " (id, user_id, caller_phone_number, state, opened_at_ms) VALUES (?, ?, ?, 'work_in_progress', ?)";
    private static final String INSERT_CONVERSATION = "INSERT INTO conversation (id, interaction_id, created_at_ms,"
            + " message_count, positive_count, neutral_count, negative_count) VALUES (?, ?, ?, 0, 0, 0, 0)";

    private final String url;
    private final String username;
    private final String password;

    public JdbcFloor(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public Session open(int caller, int batchSize) throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        try {
            connection.setAutoCommit(false);
            String conversationId = createConversation(connection);
            return new JdbcSession(connection, conversationId, batchSize);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The parent rows the foreign keys require, committed before the window starts. */
    static String createConversation(Connection connection) throws SQLException {
        String interactionId = StoredValues.sysId();
        String conversationId = StoredValues.sysId();
        long now = System.currentTimeMillis();
        try (PreparedStatement interaction = connection.prepareStatement(INSERT_INTERACTION);
             PreparedStatement conversation = connection.prepareStatement(INSERT_CONVERSATION)) {
            interaction.setString(1, interactionId);
            interaction.setString(2, "+14089178877");
            interaction.setString(3, "+14089178878");
            interaction.setLong(4, now);
            interaction.executeUpdate();
            conversation.setString(1, conversationId);
            conversation.setString(2, interactionId);
            conversation.setLong(3, now);
            conversation.executeUpdate();
        }
        connection.commit();
        return conversationId;
    }

    private static final class JdbcSession implements Session {
        private final Connection connection;
        private final PreparedStatement insert;
        private final DurableCommit durable;
        private final String conversationId;
        private final int batchSize;
        private final TranscriptScript script = new TranscriptScript();
        private long sequence;

        JdbcSession(Connection connection, String conversationId, int batchSize) throws SQLException {
            this.connection = connection;
            this.insert = connection.prepareStatement(MessageRow.INSERT);
            this.durable = new DurableCommit(connection);
            this.conversationId = conversationId;
            this.batchSize = batchSize;
        }

        @Override
        public void sendBatch() throws SQLException {
            List<MessageRow> rows = MessageRow.next(script, batchSize, conversationId, sequence);
            sequence += rows.size();
            for (MessageRow row : rows) {
                row.addTo(insert);
            }
            try {
                insert.executeBatch();
                durable.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the window is over; a failing close changes no result
            }
        }
    }
}
