package dev.switchboard.adapter.jdbc.conversation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The statements {@link JdbcConversations} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ConversationRowRepository extends GenericRepository<ConversationRow, String> {

    void save(ConversationRow row);

    Optional<ConversationRow> findByInteractionId(String interactionId);

    boolean existsById(String id);

    /** Writes every column of the row with the row's id; changes nothing when there is no such row. */
    void update(ConversationRow row);
}
