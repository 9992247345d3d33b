package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;

/** Lifecycle of an interaction, with the vendor's wire values. */
public enum InteractionState {
    NEW("new"),
    WORK_IN_PROGRESS("work_in_progress"),
    CLOSED_COMPLETE("closed_complete");

    private final String value;

    InteractionState(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static InteractionState fromValue(String value) {
        for (InteractionState state : values()) {
            if (state.value.equals(value)) {
                return state;
            }
        }
        throw new InvalidValueException("state", "unknown state " + Text.quoted(value));
    }
}
