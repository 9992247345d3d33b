package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.InvalidValueException;

/**
 * When an utterance was spoken, in milliseconds from the start of the call. Offsets are never negative.
 * Whether an end before the begin is acceptable is the {@link TranscriptPolicy}'s decision; such a range is
 * stored as sent.
 */
public record OffsetRange(long beginMillis, long endMillis) {

    public OffsetRange {
        if (beginMillis < 0) {
            throw new InvalidValueException("beginOffsetMillis", "must not be negative, was " + beginMillis);
        }
        if (endMillis < 0) {
            throw new InvalidValueException("endOffsetMillis", "must not be negative, was " + endMillis);
        }
    }

    public boolean isInverted() {
        return endMillis < beginMillis;
    }
}
