package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;

/** The interaction is {@code closed_complete}; the attempted change is not allowed any more. */
public final class InteractionClosedException extends DomainException {

    public InteractionClosedException(SysId id, String attempted) {
        super("Voice interaction " + id + " is closed_complete; " + attempted);
    }
}
