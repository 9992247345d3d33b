package dev.switchboard.application.port.in;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

/**
 * {@code POST /cs/voice-interactions/{id}/messages}: appends live transcript messages to an open
 * interaction. The batch is stored all-or-nothing; messages already stored are not stored again.
 */
public interface AddVoiceInteractionMessagesUseCase {

    /** @return the id of the conversation holding the messages (created with the first batch) */
    SysId addMessages(Command command);

    record Command(String interactionId, List<MessageInput> messages) {
        public Command {
            if (messages == null || messages.isEmpty()) {
                throw new InvalidValueException("messages", "at least one message is required");
            }
            messages = MessageInput.listOf(messages, "messages");
        }
    }
}
