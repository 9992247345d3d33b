package dev.switchboard.application.port.in;

import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionReference;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /cs/voice-interactions/transcript}: saves a whole post-call transcript, once per interaction.
 * The interaction is found by sys_id first, then by the external system's clientSessionId.
 */
public interface SaveVoiceConversationTranscriptUseCase {

    /**
     * @return the id of the conversation holding the transcript
     * @throws InteractionNotFoundException        no interaction has this sys_id or clientSessionId
     * @throws TranscriptAlreadyProcessedException the interaction already has its post-call transcript
     */
    SysId saveTranscript(Command command);

    /**
     * @param interaction the interaction's sys_id or clientSessionId
     * @param origin      the channel and start time the sender gave
     * @param transcript  the messages, at least one
     */
    record Command(InteractionReference interaction, ConversationOrigin origin, List<Utterance> transcript) {
        public Command {
            Objects.requireNonNull(interaction, "interaction");
            if (transcript == null || transcript.isEmpty()) {
                throw new InvalidValueException("transcript", "at least one message is required");
            }
            Objects.requireNonNull(origin, "origin");
            transcript = List.copyOf(transcript);
        }
    }
}
