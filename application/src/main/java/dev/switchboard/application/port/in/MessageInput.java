package dev.switchboard.application.port.in;

import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.List;

/**
 * One message exactly as a caller sent it, before validation. Field names match the vendor's JSON so
 * that errors name the field the caller has to fix.
 *
 * @param attributesJson the {@code attributes} array, serialized; null when absent
 */
public record MessageInput(String participantId, String content, Long beginOffsetMillis, Long endOffsetMillis,
                           String sentiment, Double loudnessScore, boolean isInternalMessage, boolean isEvent,
                           String id, String attributesJson) {

    /** An immutable copy of a batch; an absent entry is an error naming its position, e.g. {@code messages[1]}. */
    static List<MessageInput> listOf(List<MessageInput> inputs, String field) {
        for (int index = 0; index < inputs.size(); index++) {
            if (inputs.get(index) == null) {
                throw new InvalidValueException(field + "[" + index + "]", "must be a message object");
            }
        }
        return List.copyOf(inputs);
    }

    /** Validates this input under the given policy. */
    public Utterance toUtterance(TranscriptPolicy policy) {
        Participant participant = Participant.parse(participantId, "participantId");
        if (beginOffsetMillis == null) {
            throw InvalidValueException.missing("beginOffsetMillis");
        }
        if (endOffsetMillis == null) {
            throw InvalidValueException.missing("endOffsetMillis");
        }
        OffsetRange offsets = OffsetRange.of(beginOffsetMillis, endOffsetMillis, policy.leniency());
        String label = Text.blankToNull(sentiment);
        return new Utterance(participant, content, offsets,
                label == null ? null : policy.sentimentMapping().translate(label, "sentiment"),
                loudnessScore == null ? null : new LoudnessScore(loudnessScore),
                isInternalMessage, isEvent, Text.blankToNull(id), attributesJson);
    }
}
