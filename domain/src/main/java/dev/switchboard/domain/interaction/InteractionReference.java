package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.util.Optional;

/**
 * How a post-call transcript names its interaction: by sys_id, or by the call's id in the external system (the
 * interaction's clientSessionId, e.g. an Amazon Connect contact id).
 */
public record InteractionReference(String value) {

    /** @throws InteractionIdMissingException when no reference is given */
    public InteractionReference {
        if (Text.blankToNull(value) == null) {
            throw new InteractionIdMissingException();
        }
    }

    /** The reference read as a sys_id, when it has that form. */
    public Optional<SysId> asSysId() {
        return SysId.isWellFormed(value) ? Optional.of(SysId.of(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
