package dev.switchboard.adapter.jdbc.message;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The statements {@link JdbcTranscriptMessages} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface TranscriptMessageRowRepository extends GenericRepository<TranscriptMessageRow, String> {

    /**
     * Micronaut Data binds every row to one PreparedStatement with addBatch and sends them with a single
     * executeBatch, because the id is assigned rather than generated (BatchedInsertTest proves it).
     */
    List<TranscriptMessageRow> saveAll(Iterable<TranscriptMessageRow> rows);

    /** Micronaut Data expands {@code :keys} into one placeholder per element. */
    @Query("SELECT dedup_key FROM transcript_message WHERE conversation_id = :conversationId AND dedup_key IN (:keys)")
    List<String> findDedupKeys(String conversationId, Collection<String> keys);

    @Query("SELECT * FROM transcript_message WHERE conversation_id = :conversationId"
            + " ORDER BY begin_offset_ms, end_offset_ms, sequence_number LIMIT :limit OFFSET :offset")
    List<TranscriptMessageRow> findPage(String conversationId, int limit, long offset);
}
