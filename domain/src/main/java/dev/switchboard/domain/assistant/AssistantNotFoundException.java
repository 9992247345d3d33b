package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;

/** No voice assistant has this id. */
public final class AssistantNotFoundException extends DomainException {

    public AssistantNotFoundException(SysId id) {
        super("No voice assistant found with id " + id);
    }
}
