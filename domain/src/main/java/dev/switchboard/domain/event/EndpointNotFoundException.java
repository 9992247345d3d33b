package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.DomainException;

/** No webhook endpoint has this name. */
public final class EndpointNotFoundException extends DomainException {

    public EndpointNotFoundException(EndpointName name) {
        super("No webhook endpoint found with name " + name);
    }
}
