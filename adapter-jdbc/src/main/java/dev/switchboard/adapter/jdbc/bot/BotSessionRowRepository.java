package dev.switchboard.adapter.jdbc.bot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcBotSessions} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface BotSessionRowRepository extends GenericRepository<BotSessionRow, String> {

    void save(BotSessionRow row);

    Optional<BotSessionRow> findById(String id);

    Optional<BotSessionRow> findByChannelAndConversationKey(String channel, String conversationKey);

    /**
     * The compare-and-set: writes what a session may change and advances the version, only if the row still has the
     * version the session was read at. Returns 0 when it has not, or when there is no such row.
     */
    @Query("UPDATE bot_session SET now_session_id = :nowSessionId, interaction_id = :interactionId,"
            + " topic_id = :topicId, step = :step, pending = :pending, agent_state = :agentState, queue = :queue,"
            + " agent_name = :agentName, silent = :silent, consecutive_fallbacks = :consecutiveFallbacks,"
            + " updated_at_ms = :updatedAtMs, context_variables_json = :contextVariablesJson,"
            + " exchanges_json = :exchangesJson, held_agent_messages_json = :heldAgentMessagesJson,"
            + " version = version + 1 WHERE id = :id AND version = :version")
    int update(String id, long version, String nowSessionId, @Nullable String interactionId, @Nullable String topicId,
               int step, String pending, String agentState, @Nullable String queue, @Nullable String agentName,
               boolean silent, int consecutiveFallbacks, long updatedAtMs, String contextVariablesJson,
               String exchangesJson, String heldAgentMessagesJson);

    /** The id only breaks ties between sessions updated in the same millisecond, so that the order is stable. */
    @Query("SELECT * FROM bot_session WHERE agent_state = :agentState ORDER BY updated_at_ms, id LIMIT :limit")
    List<BotSessionRow> findByAgentState(String agentState, int limit);

    @Query("SELECT * FROM bot_session WHERE agent_state = :agentState AND queue = :queue"
            + " ORDER BY updated_at_ms, id LIMIT :limit")
    List<BotSessionRow> findByAgentStateAndQueue(String agentState, String queue, int limit);
}
