package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;

/** No bot session (conversation) has this id. */
public final class BotSessionNotFoundException extends DomainException {

    public BotSessionNotFoundException(SysId id) {
        super("No bot conversation found with id " + id);
    }
}
