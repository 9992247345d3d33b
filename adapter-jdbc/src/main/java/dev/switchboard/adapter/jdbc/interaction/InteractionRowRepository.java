package dev.switchboard.adapter.jdbc.interaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcInteractions} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface InteractionRowRepository extends GenericRepository<InteractionRow, String> {

    void save(InteractionRow row);

    Optional<InteractionRow> findById(String id);

    @Query("SELECT * FROM interaction WHERE id = :id FOR UPDATE")
    Optional<InteractionRow> findByIdForUpdate(String id);

    /** One statement for a group; ORDER BY id takes the row locks in one order in every unit. */
    @Query("SELECT * FROM interaction WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<InteractionRow> findAllByIdForUpdate(Collection<String> ids);

    /** The id only breaks ties between interactions opened in the same millisecond, so that the answer is stable. */
    @Query("SELECT id FROM interaction WHERE client_session_id = :clientSessionId"
            + " ORDER BY opened_at_ms DESC, id DESC LIMIT 1")
    Optional<String> findLatestIdByClientSessionId(String clientSessionId);

    /** Newest first, in the order of {@link #findLatestIdByClientSessionId}. */
    @Query("SELECT * FROM interaction WHERE client_session_id = :clientSessionId"
            + " ORDER BY opened_at_ms DESC, id DESC LIMIT :limit OFFSET :offset")
    List<InteractionRow> findPageByClientSessionId(String clientSessionId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM interaction WHERE client_session_id = :clientSessionId")
    long countByClientSessionId(String clientSessionId);

    /**
     * Writes every column but the id and returns how many rows have the id (0 or 1). Written out because a generated
     * entity update returning a number always returns 1, whether or not the row exists.
     */
    @Query("UPDATE interaction SET user_id = :userId, agent_id = :agentId, caller_phone_number = :callerPhoneNumber,"
            + " client_session_id = :clientSessionId, inbound_id = :inboundId, state = :state,"
            + " recording_url = :recordingUrl, sentiment = :sentiment, opened_at_ms = :openedAtMs,"
            + " closed_at_ms = :closedAtMs, transcript_saved_at_ms = :transcriptSavedAtMs WHERE id = :id")
    int update(String id, String userId, @Nullable String agentId, @Nullable String callerPhoneNumber,
               @Nullable String clientSessionId, @Nullable String inboundId, String state,
               @Nullable String recordingUrl, @Nullable String sentiment, long openedAtMs,
               @Nullable Long closedAtMs, @Nullable Long transcriptSavedAtMs);

    /** One JDBC batch: every row's UPDATE goes to the database in one executeBatch. */
    void updateAll(Iterable<InteractionRow> rows);
}
