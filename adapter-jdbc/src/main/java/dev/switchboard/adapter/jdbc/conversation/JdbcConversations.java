package dev.switchboard.adapter.jdbc.conversation;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@link Conversations} in the {@code conversation} table. "At most one per interaction" is the table's UNIQUE
 * constraint on {@code interaction_id}, so it holds even for two transactions that add at the same time.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcConversations implements Conversations {

    private final ConversationRowRepository rows;

    JdbcConversations(ConversationRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void add(Conversation conversation) {
        DuplicateKeys.insert(() -> rows.save(ConversationMapper.toRow(conversation)),
                "interaction " + conversation.interactionId() + " has a conversation, or conversation "
                        + conversation.id() + " is already stored");
    }

    @Override
    public Optional<Conversation> findByInteraction(SysId interactionId) {
        return rows.findByInteractionId(interactionId.value()).map(ConversationMapper::toDomain);
    }

    /** Checked first because Micronaut Data does not report how many rows an entity update changed. */
    @Override
    public void update(Conversation conversation) {
        if (!rows.existsById(conversation.id().value())) {
            throw new IllegalStateException("unknown conversation " + conversation.id());
        }
        rows.update(ConversationMapper.toRow(conversation));
    }
}
