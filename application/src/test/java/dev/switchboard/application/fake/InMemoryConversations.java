package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

public final class InMemoryConversations implements Conversations {

    private final InMemoryStore store;

    public InMemoryConversations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Conversation conversation) {
        synchronized (store) {
            if (!store.interactions.containsKey(conversation.interactionId())) {
                throw new IllegalStateException("unknown interaction " + conversation.interactionId());
            }
            if (findByInteraction(conversation.interactionId()).isPresent()) {
                throw new DuplicateRecordException("interaction " + conversation.interactionId() + " has a conversation");
            }
            if (store.conversations.containsKey(conversation.id())) {
                throw new DuplicateRecordException("conversation " + conversation.id() + " is already stored");
            }
            store.conversations.put(conversation.id(), InMemoryStore.copy(conversation));
        }
    }

    @Override
    public Optional<Conversation> findByInteraction(SysId interactionId) {
        synchronized (store) {
            return store.conversations.values().stream()
                    .filter(conversation -> conversation.interactionId().equals(interactionId))
                    .findFirst()
                    .map(InMemoryStore::copy);
        }
    }

    @Override
    public void update(Conversation conversation) {
        synchronized (store) {
            if (!store.conversations.containsKey(conversation.id())) {
                throw new IllegalStateException("unknown conversation " + conversation.id());
            }
            store.conversations.put(conversation.id(), InMemoryStore.copy(conversation));
        }
    }
}
