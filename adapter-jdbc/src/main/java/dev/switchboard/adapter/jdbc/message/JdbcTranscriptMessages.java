package dev.switchboard.adapter.jdbc.message;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link TranscriptMessages} in the {@code transcript_message} table. Re-sent copies are refused by the table's
 * UNIQUE (conversation_id, dedup_key), so a duplicate that slips past {@link #findExistingKeys} still fails the batch.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcTranscriptMessages implements TranscriptMessages {

    /** Keeps each IN list far below every supported database's limit on bind parameters per statement. */
    static final int KEYS_PER_QUERY = 500;

    private final TranscriptMessageRowRepository rows;

    JdbcTranscriptMessages(TranscriptMessageRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(deduplicationKeys));
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(from + KEYS_PER_QUERY, keys.size()));
            existing.addAll(rows.findDedupKeys(conversationId.value(), chunk));
        }
        return Set.copyOf(existing);
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
