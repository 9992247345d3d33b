package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Leniency;

/**
 * When an utterance was spoken, in milliseconds from the start of the call. Offsets are never negative.
 * An end before the begin is accepted only in vendor-compatible mode, because a documented vendor example
 * sends one ({@code beginOffsetMillis 200000, endOffsetMillis 25000}); it is stored as sent.
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

    public static OffsetRange of(long beginMillis, long endMillis, Leniency leniency) {
        OffsetRange range = new OffsetRange(beginMillis, endMillis);
        if (range.isInverted() && !leniency.acceptsVendorQuirks()) {
            throw new InvalidValueException("endOffsetMillis",
                    "must not be smaller than beginOffsetMillis (" + beginMillis + "), was " + endMillis);
        }
        return range;
    }

    public boolean isInverted() {
        return endMillis < beginMillis;
    }
}
