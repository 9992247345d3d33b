package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.SysId;
import java.util.Objects;

/**
 * {@code POST /cs/voice-interactions/{id}/conversation}: creates the interaction's conversation.
 * An interaction has at most one, so asking again returns the existing conversation's id.
 */
public interface CreateConversationUseCase {

    /** @return the conversation's id */
    SysId createConversation(Command command);

    /**
     * @param interactionId the interaction's sys_id as the caller sent it
     * @param caller        caller details; they fill interaction fields that are still empty
     */
    record Command(String interactionId, CallerDetails caller) {
        public Command {
            Objects.requireNonNull(caller, "caller");
        }
    }
}
