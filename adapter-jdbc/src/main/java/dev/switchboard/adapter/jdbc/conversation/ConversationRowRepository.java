package dev.switchboard.adapter.jdbc.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcConversations} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ConversationRowRepository extends GenericRepository<ConversationRow, String> {

    void save(ConversationRow row);

    /** One JDBC batch (the id is assigned, not generated). */
    void saveAll(Iterable<ConversationRow> rows);

    Optional<ConversationRow> findByInteractionId(String interactionId);

    List<ConversationRow> findByInteractionIdIn(Collection<String> interactionIds);

    /** One JDBC batch. */
    void updateAll(Iterable<ConversationRow> rows);

    /**
     * Writes every column but the id and returns how many rows have the id (0 or 1). Written out because a generated
     * entity update returning a number always returns 1, whether or not the row exists.
     */
    @Query("UPDATE conversation SET interaction_id = :interactionId, created_at_ms = :createdAtMs, source = :source,"
            + " started_at_ms = :startedAtMs, message_count = :messageCount, positive_count = :positiveCount,"
            + " neutral_count = :neutralCount, negative_count = :negativeCount WHERE id = :id")
    int update(String id, String interactionId, long createdAtMs, @Nullable String source,
               @Nullable Long startedAtMs, long messageCount, long positiveCount, long neutralCount,
               long negativeCount);
}
