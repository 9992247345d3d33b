package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;

/**
 * {@code PATCH /cs/voice-interactions/{id}/state}: closes an interaction. Repeating the same close succeeds
 * and changes nothing.
 */
public interface EndVoiceInteractionUseCase {

    void endVoiceInteraction(Command command);

    /**
     * @param recordingUrl the recording's URL as sent (validated by the service under the configured leniency)
     */
    record Command(String interactionId, String state, String recordingUrl) {
        public Command {
            if (Text.blankToNull(state) == null) {
                throw InvalidValueException.missing("state");
            }
            if (!InteractionState.CLOSED_COMPLETE.value().equals(state)) {
                throw new InvalidValueException("state", "the only supported value is closed_complete, was '" + state + "'");
            }
            recordingUrl = Text.blankToNull(recordingUrl);
        }

        /** The facade's form: ending always means closing. */
        public static Command close(String interactionId, String recordingUrl) {
            return new Command(interactionId, InteractionState.CLOSED_COMPLETE.value(), recordingUrl);
        }
    }
}
