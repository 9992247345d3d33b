package dev.switchboard.adapter.jdbc.message;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.InChunks;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link TranscriptMessages} in the {@code transcript_message} table. Re-sent copies are refused by the table's
 * UNIQUE (dedup_key, conversation_id), so a duplicate that slips past {@link #findExistingKeys} still fails the batch.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcTranscriptMessages implements TranscriptMessages {

    private final TranscriptMessageRowRepository rows;
    private final ConnectionOperations<Connection> connections;

    JdbcTranscriptMessages(TranscriptMessageRowRepository rows, ConnectionOperations<Connection> connections) {
        this.rows = rows;
        this.connections = connections;
    }

    @Override
    public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
        Set<String> existing = new HashSet<>();
        InChunks.of(List.copyOf(new LinkedHashSet<>(deduplicationKeys))).forEach(chunk ->
                existing.addAll(rows.findDedupKeys(conversationId.value(), chunk)));
        return Set.copyOf(existing);
    }

    /** One statement for a group, one branch per conversation ({@link KeyLookup}). */
    @Override
    public Map<SysId, Set<String>> findExistingKeys(Map<SysId, ? extends Collection<String>> keysByConversation) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        keysByConversation.forEach((conversationId, keys) -> {
            if (!keys.isEmpty()) {
                asked.put(conversationId.value(), List.copyOf(new LinkedHashSet<>(keys)));
            }
        });
        Map<SysId, Set<String>> existing = new HashMap<>();
        if (!asked.isEmpty()) {
            KeyLookup.find(connections, asked)
                    .forEach((conversationId, keys) -> existing.put(SysId.of(conversationId), keys));
        }
        return existing;
    }

    @Override
    public void addAll(List<TranscriptMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        DuplicateKeys.insert(() -> rows.saveAll(messages.stream().map(TranscriptMessageMapper::toRow).toList()),
                "a message of the batch is already stored in its conversation, or is in the batch twice");
    }

    @Override
    public List<TranscriptMessage> findPage(SysId conversationId, PageRequest page) {
        return rows.findPage(conversationId.value(), page.limit(), page.offset()).stream()
                .map(TranscriptMessageMapper::toDomain)
                .toList();
    }
}
