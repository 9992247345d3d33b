package dev.switchboard.application.port.in;

import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /cs/voice-interactions/{id}/messages}: appends live transcript messages to an open
 * interaction. The batch is stored all-or-nothing; messages already stored are not stored again.
 */
public interface AddVoiceInteractionMessagesUseCase {

    /**
     * @return the id of the conversation holding the messages (created with the first batch)
     * @throws InteractionNotFoundException no interaction has this id
     * @throws InteractionClosedException   the interaction is closed
     */
    SysId addMessages(Command command);

    /** @param messages in the order they were sent; at least one */
    record Command(SysId interactionId, List<Utterance> messages) {
        public Command {
            Objects.requireNonNull(interactionId, "interactionId");
            if (messages == null || messages.isEmpty()) {
                throw new InvalidValueException("messages", "at least one message is required");
            }
            messages = List.copyOf(messages);
        }
    }
}
