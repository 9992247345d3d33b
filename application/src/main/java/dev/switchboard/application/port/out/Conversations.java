package dev.switchboard.application.port.out;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Conversations, at most one per interaction. */
public interface Conversations {

    /**
     * Adds a conversation.
     *
     * @throws DuplicateRecordException if its interaction already has one, or one with the same id is stored
     */
    void add(Conversation conversation);

    /**
     * {@link #add} for several conversations; a store that can batch the statements overrides this.
     *
     * @throws DuplicateRecordException as {@link #add} does, for any of them
     */
    default void addAll(Collection<Conversation> conversations) {
        conversations.forEach(this::add);
    }

    Optional<Conversation> findByInteraction(SysId interactionId);

    /**
     * {@link #findByInteraction} for several interactions: the conversations found, by interaction id. A store that
     * can do it in one query overrides this.
     */
    default Map<SysId, Conversation> findByInteractions(Collection<SysId> interactionIds) {
        Map<SysId, Conversation> found = new LinkedHashMap<>();
        interactionIds.stream().distinct().forEach(interactionId ->
                findByInteraction(interactionId).ifPresent(conversation -> found.put(interactionId, conversation)));
        return found;
    }

    /** Stores the conversation's current state (origin, message count, sentiment tally). */
    void update(Conversation conversation);

    /** {@link #update} for several conversations; a store that can batch the statements overrides this. */
    default void updateAll(Collection<Conversation> conversations) {
        conversations.forEach(this::update);
    }
}
