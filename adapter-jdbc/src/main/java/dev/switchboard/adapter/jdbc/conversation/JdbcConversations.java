package dev.switchboard.adapter.jdbc.conversation;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import dev.switchboard.adapter.jdbc.InChunks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public void addAll(Collection<Conversation> conversations) {
        if (!conversations.isEmpty()) {
            DuplicateKeys.insert(() -> rows.saveAll(conversations.stream().map(ConversationMapper::toRow).toList()),
                    "an interaction of the batch has a conversation, or a conversation id is already stored");
        }
    }

    @Override
    public Optional<Conversation> findByInteraction(SysId interactionId) {
        return rows.findByInteractionId(interactionId.value()).map(ConversationMapper::toDomain);
    }

    /** One SELECT … WHERE interaction_id IN (…), in chunks for very large groups. */
    @Override
    public Map<SysId, Conversation> findByInteractions(Collection<SysId> interactionIds) {
        Map<SysId, Conversation> found = new LinkedHashMap<>();
        InChunks.of(interactionIds.stream().map(SysId::value).distinct().toList()).forEach(chunk ->
                rows.findByInteractionIdIn(chunk).forEach(row -> found.put(SysId.of(row.interactionId()),
                        ConversationMapper.toDomain(row))));
        return found;
    }

    /** One statement: the UPDATE's row count says whether the conversation was stored. */
    @Override
    public void update(Conversation conversation) {
        ConversationRow row = ConversationMapper.toRow(conversation);
        int matched = rows.update(row.id(), row.interactionId(), row.createdAtMs(), row.source(), row.startedAtMs(),
                row.messageCount(), row.positiveCount(), row.neutralCount(), row.negativeCount());
        if (matched == 0) {
            throw new IllegalStateException("unknown conversation " + conversation.id());
        }
    }

    /** One JDBC batch; like {@code JdbcInteractions.updateAll}, for conversations the unit has just read. */
    @Override
    public void updateAll(Collection<Conversation> conversations) {
        if (!conversations.isEmpty()) {
            rows.updateAll(conversations.stream().map(ConversationMapper::toRow).toList());
        }
    }
}
