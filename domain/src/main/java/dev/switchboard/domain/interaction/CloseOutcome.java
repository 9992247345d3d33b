package dev.switchboard.domain.interaction;

/** What {@link Interaction#close} did: the caller stores the interaction only when it changed. */
public enum CloseOutcome {
    /** The interaction was open and is now {@code closed_complete}. */
    CLOSED,
    /** The interaction was already closed the same way; a retried close changes nothing. */
    ALREADY_CLOSED
}
