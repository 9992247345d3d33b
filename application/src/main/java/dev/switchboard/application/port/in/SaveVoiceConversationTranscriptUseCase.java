package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code POST /cs/voice-interactions/transcript}: saves a whole post-call transcript, once per interaction.
 * The interaction is found by sys_id first, then by the external system's clientSessionId.
 */
public interface SaveVoiceConversationTranscriptUseCase {

    /** @return the id of the conversation holding the transcript */
    SysId saveTranscript(Command command);

    /**
     * @param interactionReference a sys_id or a clientSessionId
     * @param source               the channel that produced the transcript, e.g. "Amazon Connect"
     * @param conversationStarted  start of the call, read as UTC; null when not sent
     */
    record Command(String interactionReference, String source, Instant conversationStarted,
                   List<MessageInput> transcript) {

        private static final DateTimeFormatter VENDOR_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        public Command {
            if (Text.blankToNull(interactionReference) == null) {
                throw new InteractionIdMissingException();
            }
            if (transcript == null || transcript.isEmpty()) {
                throw new InvalidValueException("transcript", "at least one message is required");
            }
            source = Text.optionalLabel(source, "source");
            transcript = MessageInput.listOf(transcript, "transcript");
        }

        /** Reads the vendor's {@code YYYY-MM-DD HH:MM:SS} timestamp (as UTC); blank means not sent. */
        public static Instant parseConversationStarted(String value) {
            if (Text.blankToNull(value) == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(value.trim(), VENDOR_TIMESTAMP).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("conversationStarted",
                        "must have the form YYYY-MM-DD HH:MM:SS, was '" + value + "'");
            }
        }
    }
}
