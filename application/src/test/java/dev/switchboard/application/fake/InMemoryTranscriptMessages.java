package dev.switchboard.application.fake;

import dev.switchboard.application.port.PageRequest;
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
            for (TranscriptMessage message : messages) {
                if (!store.conversations.containsKey(message.conversationId())) {
                    throw new IllegalStateException("unknown conversation " + message.conversationId());
                }
                boolean duplicate = store.messages.stream().anyMatch(stored ->
                        stored.conversationId().equals(message.conversationId())
                                && stored.deduplicationKey().equals(message.deduplicationKey()));
                if (duplicate) {
                    throw new IllegalStateException("message already stored: " + message.deduplicationKey());
                }
            }
            store.messages.addAll(messages);
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
