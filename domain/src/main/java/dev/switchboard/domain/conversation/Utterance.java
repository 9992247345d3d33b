package dev.switchboard.domain.conversation;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What was said: one transcribed utterance as a provider sends it, validated, before it is stored.
 *
 * @param sentiment       translated sentiment, or null when the provider sent none
 * @param loudness        loudness score, or null when the provider sent none
 * @param sourceMessageId the provider's own id of the message (Amazon Connect's UUID), or null
 * @param attributesJson  the provider's attributes, a JSON array kept verbatim (the domain does not read it)
 */
public record Utterance(Participant participant, String content, OffsetRange offsets, Sentiment sentiment,
                        LoudnessScore loudness, boolean internal, boolean event, String sourceMessageId,
                        String attributesJson) {

    public Utterance {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(offsets, "offsets");
        if (content == null || content.isEmpty()) {
            throw InvalidValueException.missing("content");
        }
        sourceMessageId = Text.optionalLabel(sourceMessageId, "id");
        attributesJson = attributesJson == null ? "[]" : attributesJson;
    }

    /**
     * Identifies a re-sent copy of this utterance: same source id, offsets, participant and content.
     * Storing keeps one message per key and conversation, so a client may safely retry a batch.
     */
    public String deduplicationKey() {
        // Each field is length-prefixed, so text cannot move from one field into the next and still collide.
        StringBuilder identity = new StringBuilder();
        for (String field : new String[] {Objects.toString(sourceMessageId, ""), Long.toString(offsets.beginMillis()),
                Long.toString(offsets.endMillis()), participant.name(), content}) {
            identity.append(field.length()).append(':').append(field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
