package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored utterance of a conversation.
 *
 * @param sequence   arrival order within the conversation (1, 2, 3, …); the last ordering key after offsets
 * @param receivedAt when Switchboard stored it
 */
public record TranscriptMessage(SysId id, SysId conversationId, long sequence, Utterance utterance,
                                Instant receivedAt) {

    public TranscriptMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(utterance, "utterance");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    public String deduplicationKey() {
        return utterance.deduplicationKey();
    }
}
