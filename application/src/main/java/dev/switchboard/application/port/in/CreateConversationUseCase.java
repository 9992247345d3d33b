package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.Objects;

/**
 * {@code POST /cs/voice-interactions/{id}/conversation}: creates the interaction's conversation.
 * An interaction has at most one, so asking again returns the existing conversation's id.
 */
public interface CreateConversationUseCase {

    /**
     * @return the conversation's id
     * @throws InteractionNotFoundException no interaction has this id
     * @throws InteractionClosedException   the interaction is closed
     */
    SysId createConversation(Command command);

    /** @param caller caller details; they fill interaction fields that are still empty */
    record Command(SysId interactionId, CallerDetails caller) {
        public Command {
            Objects.requireNonNull(interactionId, "interactionId");
            Objects.requireNonNull(caller, "caller");
        }
    }
}
