package dev.switchboard.application.service;

import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims due deliveries and attempts them: 2xx delivers, a permanent refusal (410 Gone, a forbidden destination)
 * makes the delivery dead at once, anything else is tried again on the {@link RetrySchedule} (later if the endpoint
 * asked so with Retry-After) until the schedule runs out and the delivery is dead. An attempt is recorded only while
 * this dispatcher still holds the delivery ({@link WebhookOutbox#recordAttempt}): a late one is logged and dropped.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {

    /** The JDK's own logging facade: the application depends on no logging framework. */
    private static final System.Logger LOG = System.getLogger(DispatchWebhooksService.class.getName());

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final String dispatcher;
    private final Duration lease;

    /**
     * @param dispatcher this instance's name in claims
     * @param lease      how long a claim holds: longer than one attempt can take (the sender's timeouts), so that a
     *                   delivery is only claimed again when its dispatcher has died
     */
    public DispatchWebhooksService(WebhookOutbox outbox, WebhookSender sender, UnitOfWork unitOfWork, Clock clock,
                                   RetrySchedule schedule, String dispatcher, Duration lease) {
        this.outbox = outbox;
        this.sender = sender;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.schedule = schedule;
        this.dispatcher = dispatcher;
        this.lease = lease;
    }

    @Override
    public List<Delivery> claimDue(int limit) {
        // Redoable: a claim lost in a crash is a lease nobody holds; the delivery is claimed again.
        return unitOfWork.runRedoable(() -> outbox.claimDue(dispatcher, clock.now(), lease, limit));
    }

    @Override
    public void attempt(Delivery delivery) {
        int number = delivery.attempts() + 1;
        Instant started = clock.now();
        WebhookSender.Result result = sender.send(delivery, number);
        Attempt attempt = new Attempt(number, started, result.status(), result.latencyMillis(), result.response());
        Instant now = clock.now();
        DeliveryState next;
        Instant nextAt = now;
        if (attempt.succeeded()) {
            next = DeliveryState.DELIVERED;
        } else if (result.permanent()) {
            next = DeliveryState.DEAD;
        } else {
            Optional<Instant> retry = schedule.next(number, now, result.retryAfter(),
                    () -> ThreadLocalRandom.current().nextDouble());
            next = retry.isPresent() ? DeliveryState.PENDING : DeliveryState.DEAD;
            nextAt = retry.orElse(now);
        }
        DeliveryState settled = next;
        Instant settledAt = nextAt;
        // Redoable: an attempt whose record a crash lost is made again, and the receiver drops the copy by its id.
        boolean recorded = unitOfWork.runRedoable(
                () -> outbox.recordAttempt(delivery.id(), dispatcher, attempt, settled, settledAt));
        if (!recorded) {
            // Our lease ran out while we were sending and another dispatcher holds the delivery now: its attempt
            // counts, ours was a copy the receiver drops by its webhook-id. A warning: the lease is too short.
            LOG.log(System.Logger.Level.WARNING, "Attempt {0} of delivery {1} not recorded: {2} no longer holds it"
                    + " (its lease of {3} ran out and it was claimed again, or it is settled)", number, delivery.id(),
                    dispatcher, lease);
        }
    }
}
