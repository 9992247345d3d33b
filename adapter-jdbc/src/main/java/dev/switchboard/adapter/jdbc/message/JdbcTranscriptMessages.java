package dev.switchboard.adapter.jdbc.message;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.InChunks;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

    JdbcTranscriptMessages(TranscriptMessageRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
        Set<String> existing = new HashSet<>();
        InChunks.of(List.copyOf(new LinkedHashSet<>(deduplicationKeys))).forEach(chunk ->
                existing.addAll(rows.findDedupKeys(conversationId.value(), chunk)));
        return Set.copyOf(existing);
    }

    /**
     * One statement for a group of up to {@link InChunks#SIZE} conversations and keys (more take one per chunk).
     * Answers only the pairs asked about: a key one conversation holds is not reported for another one.
     */
    @Override
    public Map<SysId, Set<String>> findExistingKeys(Map<SysId, ? extends Collection<String>> keysByConversation) {
        Map<String, Set<String>> asked = new HashMap<>();
        Set<String> allKeys = new LinkedHashSet<>();
        keysByConversation.forEach((conversationId, keys) -> {
            asked.put(conversationId.value(), Set.copyOf(keys));
            allKeys.addAll(keys);
        });
        Map<SysId, Set<String>> existing = new HashMap<>();
        for (List<String> conversations : InChunks.of(List.copyOf(asked.keySet()))) {
            for (List<String> keys : InChunks.of(List.copyOf(allKeys))) {
                for (StoredKey stored : rows.findStoredKeys(conversations, keys)) {
                    if (asked.get(stored.conversationId()).contains(stored.dedupKey())) {
                        existing.computeIfAbsent(SysId.of(stored.conversationId()), id -> new HashSet<>())
                                .add(stored.dedupKey());
                    }
                }
            }
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
