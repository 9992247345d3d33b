package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.InvalidValueException;

/** How loudly a participant spoke, from −1.0 to 1.0 (Amazon Connect Contact Lens). */
public record LoudnessScore(double value) {

    public LoudnessScore {
        if (Double.isNaN(value) || value < -1.0 || value > 1.0) {
            throw new InvalidValueException("loudnessScore", "must be between -1.0 and 1.0, was " + value);
        }
    }
}
