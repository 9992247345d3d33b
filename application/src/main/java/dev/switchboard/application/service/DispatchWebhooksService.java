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
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims due deliveries and attempts them: 2xx delivers, a permanent refusal (410 Gone, a forbidden destination)
 * makes the delivery dead at once, anything else is tried again on the {@link RetrySchedule} (later if the endpoint
 * asked so with Retry-After) until the schedule runs out and the delivery is dead. A delivery whose endpoint is
 * disabled or deleted is not sent: it is dead at once, with the reason as its attempt's answer, so that an operator
 * can send it again after enabling the endpoint. What an attempt says about a stored endpoint (410, a failing span, a
 * success) goes to {@link WebhookEndpointsService#attempted}. An attempt is recorded only while this dispatcher still
 * holds the delivery ({@link WebhookOutbox#recordAttempt}): a late one is logged and dropped.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {

    /** The JDK's own logging facade: the application depends on no logging framework. */
    private static final System.Logger LOG = System.getLogger(DispatchWebhooksService.class.getName());

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final EndpointDirectory directory;
    private final WebhookEndpointsService endpoints;
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
    public DispatchWebhooksService(WebhookOutbox outbox, WebhookSender sender, EndpointDirectory directory,
                                   WebhookEndpointsService endpoints, UnitOfWork unitOfWork, Clock clock,
                                   RetrySchedule schedule, String dispatcher, Duration lease) {
        this.outbox = outbox;
        this.sender = sender;
        this.directory = directory;
        this.endpoints = endpoints;
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
    public boolean hasTargets() {
        return directory.any();
    }

    @Override
    public Optional<Attempted> attempt(Delivery delivery) {
        int number = delivery.attempts() + 1;
        Instant started = clock.now();
        Optional<WebhookEndpoint> endpoint = endpoint(delivery.endpoint());
        WebhookSender.Result result = endpoint.map(to -> send(delivery, to, number, started))
                .orElseGet(() -> directory.channel(delivery.endpoint())
                        .map(target -> sender.send(delivery, target, number))
                        .orElseGet(() -> notSent("endpoint " + delivery.endpoint() + " does not exist")));
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
            return Optional.empty();
        }
        // After the record: what the endpoint's health needs written must not cost the attempt its record.
        endpoint.filter(WebhookEndpoint::enabled)
                .ifPresent(to -> endpoints.attempted(to, attempt.succeeded(), result.gone()));
        return Optional.of(new Attempted(attempt, settled));
    }

    @Override
    public long pending() {
        // Redoable: a read has nothing to make durable, so it need not wait for the disk (H2's CHECKPOINT).
        return unitOfWork.runRedoable(outbox::countPending);
    }

    private WebhookSender.Result send(Delivery delivery, WebhookEndpoint to, int number, Instant now) {
        if (!to.enabled()) {
            return notSent("endpoint " + to.name() + " is disabled: " + to.status().disabledReason().orElse(""));
        }
        List<String> secrets = to.signingSecrets(now).stream().map(SigningSecret::reveal).toList();
        return sender.send(delivery, new WebhookSender.Target(to.name().value(), to.url(), secrets, to.auth()), number);
    }

    /**
     * The endpoint as this instance knows it; when it is unknown or disabled here, the store is read first, since
     * another instance may have created or enabled it since the last refresh.
     */
    private Optional<WebhookEndpoint> endpoint(String name) {
        Optional<WebhookEndpoint> known = directory.endpoint(name);
        if (known.isPresent() && known.get().enabled() || directory.channel(name).isPresent()) {
            return known;
        }
        endpoints.refresh();
        return directory.endpoint(name);
    }

    private static WebhookSender.Result notSent(String why) {
        return new WebhookSender.Result(0, 0, "not sent: " + why, Optional.empty(), true);
    }
}
