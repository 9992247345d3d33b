package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;

/** The delivery API for operators: what was sent where, how each attempt went, and sending dead letters again. */
public interface WebhookDeliveriesUseCase {

    List<Delivery> list(Optional<String> endpoint, Optional<DeliveryState> state, int limit);

    /** @throws dev.switchboard.domain.event.DeliveryNotFoundException if there is no such delivery */
    Detail show(SysId delivery);

    /**
     * Sends a dead delivery again (its attempts are kept; the retry schedule starts over).
     *
     * @throws dev.switchboard.domain.event.DeliveryNotFoundException if there is no such delivery
     * @throws dev.switchboard.domain.shared.InvalidValueException if it is not dead
     */
    void redeliver(SysId delivery);

    /** Sends every dead delivery of the endpoint again; how many. */
    int redeliverDead(String endpoint);

    record Detail(Delivery delivery, List<Attempt> attempts) {
    }
}
