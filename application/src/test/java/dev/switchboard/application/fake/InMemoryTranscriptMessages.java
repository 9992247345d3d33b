package dev.switchboard.application.fake;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public final class InMemoryTranscriptMessages implements TranscriptMessages {

    static final Comparator<TranscriptMessage> READ_ORDER = Comparator
            .<TranscriptMessage>comparingLong(message -> message.utterance().offsets().beginMillis())
            .thenComparingLong(message -> message.utterance().offsets().endMillis())
            .thenComparingLong(TranscriptMessage::sequence);

    private final InMemoryStore store;

    public InMemoryTranscriptMessages(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
        Set<String> wanted = new HashSet<>(deduplicationKeys);
        synchronized (store) {
            return store.messages.stream()
                    .filter(message -> message.conversationId().equals(conversationId))
                    .map(TranscriptMessage::deduplicationKey)
                    .filter(wanted::contains)
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public void addAll(List<TranscriptMessage> messages) {
        synchronized (store) {
            Set<UniqueKey> keys = new HashSet<>();
            store.messages.forEach(stored -> keys.add(UniqueKey.of(stored)));
            for (TranscriptMessage message : messages) {
                if (!store.conversations.containsKey(message.conversationId())) {
                    throw new IllegalStateException("unknown conversation " + message.conversationId());
                }
                if (!keys.add(UniqueKey.of(message))) {
                    throw new DuplicateRecordException("conversation " + message.conversationId()
                            + " already holds message " + message.deduplicationKey());
                }
            }
            store.messages.addAll(messages);
        }
    }

    /** What the store holds once, like the SQL table's UNIQUE (dedup_key, conversation_id). */
    private record UniqueKey(SysId conversationId, String deduplicationKey) {

        static UniqueKey of(TranscriptMessage message) {
            return new UniqueKey(message.conversationId(), message.deduplicationKey());
        }
    }

    @Override
    public List<TranscriptMessage> findPage(SysId conversationId, PageRequest page) {
        synchronized (store) {
            return store.messages.stream()
                    .filter(message -> message.conversationId().equals(conversationId))
                    .sorted(READ_ORDER)
                    .skip(page.offset())
                    .limit(page.limit())
                    .toList();
        }
    }
}
