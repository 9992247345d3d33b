package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;

/** Who spoke an utterance; the vendor's {@code participantId} values. */
public enum Participant {
    AGENT,
    CUSTOMER;

    public static Participant parse(String value, String field) {
        if (Text.isBlank(value)) {
            throw InvalidValueException.missing(field);
        }
        for (Participant participant : values()) {
            if (participant.name().equals(value)) {
                return participant;
            }
        }
        throw new InvalidValueException(field, "must be AGENT or CUSTOMER, was " + Text.quoted(value));
    }
}
