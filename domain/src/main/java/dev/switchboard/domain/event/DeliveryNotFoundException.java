package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;

/** No webhook delivery has this id. */
public final class DeliveryNotFoundException extends DomainException {

    public DeliveryNotFoundException(SysId id) {
        super("No webhook delivery found with id " + id);
    }
}
