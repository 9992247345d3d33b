package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.DomainException;

/** A session cannot do what was asked in the state it is in (accept a conversation nobody waits in, …). */
public final class BotSessionStateException extends DomainException {

    public BotSessionStateException(String message) {
        super(message);
    }
}
