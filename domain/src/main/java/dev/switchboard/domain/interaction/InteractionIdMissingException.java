package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.DomainException;

/** A post-call transcript named no interaction. The message is the vendor's, verbatim. */
public final class InteractionIdMissingException extends DomainException {

    public static final String MESSAGE = "ERROR: InteractionId is missing in the request.";

    public InteractionIdMissingException() {
        super(MESSAGE);
    }
}
