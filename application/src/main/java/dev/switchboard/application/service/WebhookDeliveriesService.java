package dev.switchboard.application.service;

import dev.switchboard.application.port.in.WebhookDeliveriesUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryNotFoundException;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;

public final class WebhookDeliveriesService implements WebhookDeliveriesUseCase {

    /** How many dead letters one "redeliver all" takes at a time. */
    private static final int PAGE = 500;

    private final WebhookOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final DeliveryWakeUp wakeUp;

    public WebhookDeliveriesService(WebhookOutbox outbox, UnitOfWork unitOfWork, Clock clock, DeliveryWakeUp wakeUp) {
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    @Override
    public List<Delivery> list(Optional<String> endpoint, Optional<DeliveryState> state, int limit) {
        return unitOfWork.run(() -> outbox.find(endpoint, state, limit));
    }

    @Override
    public Detail show(SysId id) {
        return unitOfWork.run(() -> new Detail(outbox.findById(id).orElseThrow(() -> new DeliveryNotFoundException(id)),
                outbox.attemptsOf(id)));
    }

    @Override
    public void redeliver(SysId id) {
        unitOfWork.run(() -> {
            Delivery delivery = outbox.findById(id).orElseThrow(() -> new DeliveryNotFoundException(id));
            if (!outbox.redeliver(id, clock.now())) {
                throw new InvalidValueException("state", "only a dead delivery is sent again; this one is "
                        + delivery.state().name().toLowerCase());
            }
            return null;
        });
        wakeUp.deliveriesCommitted();
    }

    @Override
    public int redeliverDead(String endpoint) {
        int count = 0;
        while (true) {
            List<Delivery> dead = list(Optional.of(endpoint), Optional.of(DeliveryState.DEAD), PAGE);
            if (dead.isEmpty()) {
                break;
            }
            int redelivered = unitOfWork.run(() -> (int) dead.stream()
                    .filter(delivery -> outbox.redeliver(delivery.id(), clock.now())).count());
            if (redelivered == 0) {
                break; // another operator's redelivery took them first
            }
            count += redelivered;
        }
        wakeUp.deliveriesCommitted();
        return count;
    }
}
