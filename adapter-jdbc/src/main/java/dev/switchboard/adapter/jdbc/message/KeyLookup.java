package dev.switchboard.adapter.jdbc.message;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The duplicate check of a group: which of the asked keys each conversation holds, in one statement of one branch per
 * conversation, {@code SELECT … WHERE conversation_id = ? AND dedup_key IN (…) UNION ALL …}. Each branch probes the
 * unique index (dedup_key, conversation_id) once per key of its own conversation. The simpler
 * {@code conversation_id IN (…) AND dedup_key IN (…)} asks every conversation about every key, and PostgreSQL and
 * MariaDB probe the index for every combination: 64 × 320 times for a group of 64 requests of 5 messages, where this
 * probes 320 times. Written with plain JDBC because the statement's shape depends on the group.
 */
final class KeyLookup {

    /** Bind parameters per statement: far below every supported database's limit. */
    private static final int MAX_PARAMETERS = 1_000;

    private static final String BRANCH = "SELECT conversation_id, dedup_key FROM transcript_message"
            + " WHERE conversation_id = ? AND dedup_key IN (";

    private KeyLookup() {
    }

    /** @param asked by conversation id, the keys to look for (each set non-empty) */
    static Map<String, Set<String>> find(ConnectionOperations<Connection> connections,
                                         Map<String, List<String>> asked) {
        // The unit's connection when called inside one (the group always is), a pooled one otherwise.
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            Map<String, Set<String>> held = new HashMap<>();
            for (Map<String, List<String>> chunk : chunks(asked)) {
                try (PreparedStatement statement = status.getConnection().prepareStatement(sql(chunk))) {
                    bind(statement, chunk);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            held.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
                        }
                    }
                } catch (SQLException e) {
                    throw new DataAccessException("Could not look up stored deduplication keys: " + e.getMessage(), e);
                }
            }
            return held;
        });
    }

    /** Whole conversations per statement, up to {@link #MAX_PARAMETERS}; a conversation with more keys gets several. */
    private static List<Map<String, List<String>>> chunks(Map<String, List<String>> asked) {
        List<Map<String, List<String>>> chunks = new ArrayList<>();
        Map<String, List<String>> current = new LinkedHashMap<>();
        int parameters = 0;
        for (Map.Entry<String, List<String>> conversation : asked.entrySet()) {
            List<String> keys = conversation.getValue();
            for (int from = 0; from < keys.size(); from += MAX_PARAMETERS - 1) {
                List<String> part = keys.subList(from, Math.min(from + MAX_PARAMETERS - 1, keys.size()));
                if (parameters + 1 + part.size() > MAX_PARAMETERS || current.containsKey(conversation.getKey())) {
                    chunks.add(current);
                    current = new LinkedHashMap<>();
                    parameters = 0;
                }
                current.put(conversation.getKey(), part);
                parameters += 1 + part.size();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static String sql(Map<String, List<String>> chunk) {
        StringBuilder sql = new StringBuilder();
        for (List<String> keys : chunk.values()) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append(BRANCH).append("?,".repeat(keys.size() - 1)).append("?)");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement statement, Map<String, List<String>> chunk) throws SQLException {
        int index = 1;
        for (Map.Entry<String, List<String>> conversation : chunk.entrySet()) {
            statement.setString(index++, conversation.getKey());
            for (String key : conversation.getValue()) {
                statement.setString(index++, key);
            }
        }
    }
}
