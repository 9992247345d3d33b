package dev.switchboard.adapter.jdbc.recording;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The statements {@link JdbcCallRecordings} needs on {@code call_recording_chunk}, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ChunkRowRepository extends GenericRepository<ChunkRow, ChunkRow.Key> {

    void save(ChunkRow row);

    @Query("SELECT * FROM call_recording_chunk WHERE interaction_id = :interactionId ORDER BY chunk_number")
    List<ChunkRow> findByInteraction(String interactionId);

    @Query("DELETE FROM call_recording_chunk WHERE interaction_id = :interactionId")
    int deleteByInteraction(String interactionId);
}
