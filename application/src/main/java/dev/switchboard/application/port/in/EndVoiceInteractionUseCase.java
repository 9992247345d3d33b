package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.SysId;
import java.util.Objects;

/**
 * {@code PATCH /cs/voice-interactions/{id}/state}: closes an interaction. Repeating the same close succeeds
 * and changes nothing.
 */
public interface EndVoiceInteractionUseCase {

    /**
     * @throws InteractionNotFoundException no interaction has this id
     * @throws InteractionClosedException   it is already closed with a different recording URL
     */
    void endVoiceInteraction(Command command);

    /** @param recordingUrl the call's recording, or null when it has none */
    record Command(SysId interactionId, RecordingUrl recordingUrl) {
        public Command {
            Objects.requireNonNull(interactionId, "interactionId");
        }
    }
}
