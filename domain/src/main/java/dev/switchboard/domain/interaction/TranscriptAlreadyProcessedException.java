package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.DomainException;

/** A post-call transcript was already saved for this interaction. The message is the vendor's, verbatim. */
public final class TranscriptAlreadyProcessedException extends DomainException {

    public static final String MESSAGE = "ERROR: Interaction specified in the request has already been processed.";

    public TranscriptAlreadyProcessedException() {
        super(MESSAGE);
    }
}
