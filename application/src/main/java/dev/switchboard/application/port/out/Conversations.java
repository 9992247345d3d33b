package dev.switchboard.application.port.out;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

/** Conversations, at most one per interaction. */
public interface Conversations {

    /**
     * Adds a conversation.
     *
     * @throws DuplicateRecordException if its interaction already has one, or one with the same id is stored
     */
    void add(Conversation conversation);

    Optional<Conversation> findByInteraction(SysId interactionId);

    /** Stores the conversation's current state (origin, message count, sentiment tally). */
    void update(Conversation conversation);
}
