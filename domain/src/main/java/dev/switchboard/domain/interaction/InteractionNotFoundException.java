package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;

/** No interaction answers to the reference a caller gave (a sys_id, or a clientSessionId where allowed). */
public final class InteractionNotFoundException extends DomainException {

    public InteractionNotFoundException(String reference) {
        super("No voice interaction found for id " + Text.quoted(reference));
    }

    public InteractionNotFoundException(SysId id) {
        this(id.value());
    }
}
