package dev.switchboard.bench.floor;

import dev.switchboard.bench.load.ScriptedMessage;
import dev.switchboard.bench.load.TranscriptScript;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * One transcript_message row with every value the service would store, computed (sys_id, SHA-256 deduplication
 * key) by the caller that sends it, so that both JDBC floors spend that CPU in the same place: the grouped floor's
 * single writer thread only binds and writes.
 */
record MessageRow(String id, String conversationId, long sequence, ScriptedMessage message, String deduplicationKey,
                  long receivedAtMillis) {

    static final String INSERT = "INSERT INTO transcript_message (id, conversation_id,"
            + " sequence_number, participant, content, begin_offset_ms, end_offset_ms, sentiment, loudness_score,"
            + " is_internal, is_event, source_message_id, attributes_json, dedup_key, received_at_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The rows of one request: the script's next {@code batchSize} messages, numbered after {@code sequence}. */
    static List<MessageRow> next(TranscriptScript script, int batchSize, String conversationId, long sequence) {
        long now = System.currentTimeMillis();
        List<MessageRow> rows = new ArrayList<>(batchSize);
        for (ScriptedMessage message : script.next(batchSize)) {
            rows.add(new MessageRow(StoredValues.sysId(), conversationId, ++sequence, message,
                    StoredValues.deduplicationKey(message), now));
        }
        return rows;
    }

    /** Binds this row to {@link #INSERT} and adds it to the statement's batch. */
    void addTo(PreparedStatement insert) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, conversationId);
        insert.setLong(3, sequence);
        insert.setString(4, message.participant());
        insert.setString(5, message.content());
        insert.setLong(6, message.beginOffsetMillis());
        insert.setLong(7, message.endOffsetMillis());
        insert.setString(8, message.storedSentiment());
        insert.setNull(9, Types.DOUBLE);
        insert.setBoolean(10, false);
        insert.setBoolean(11, false);
        insert.setString(12, message.sourceId());
        insert.setString(13, "[]");
        insert.setString(14, deduplicationKey);
        insert.setLong(15, receivedAtMillis);
        insert.addBatch();
    }
}
