package dev.switchboard.application.port.in;

import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /cs/voice-interactions/{id}/messages}: appends live transcript messages to an open
 * interaction. The batch is stored all-or-nothing; messages already stored are not stored again.
 *
 * <p>It answers with a stage rather than a value because the store may commit this batch together with other
 * callers' batches: a caller that can answer later (an HTTP server) does not hold a thread while it waits.
 */
public interface AddVoiceInteractionMessagesUseCase {

    /**
     * Hands the batch over. The stage completes once the batch is stored, with the id of the conversation holding
     * the messages (created with the first batch), or fails with one of the exceptions below (as it is, or as the
     * cause of a {@link CompletionException}). Batches for one interaction are stored in the order they were handed
     * over.
     *
     * @throws InteractionNotFoundException no interaction has this id
     * @throws InteractionClosedException   the interaction is closed
     * @throws StorageUnavailableException  the store cannot take the batch now; nothing was stored
     */
    CompletionStage<SysId> addMessages(Command command);

    /** {@link #addMessages} for a caller that waits: the same outcome, its exception thrown as it is. */
    default SysId addMessagesAndWait(Command command) {
        try {
            return addMessages(command).toCompletableFuture().join();
        } catch (CompletionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

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
