package dev.switchboard.application.service;

import dev.switchboard.application.port.in.WebhookSubscription;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.Event;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what a unit of work changed into deliveries for the endpoints subscribed to it, written by the same unit
 * (the transactional outbox): an event exists for the outside world exactly when its change was stored. Without
 * subscriptions nothing is built and nothing written, so the ingest path pays nothing for webhooks nobody wants.
 */
public final class WebhookEvents {

    private static final WebhookEvents NONE = new WebhookEvents(null, List::of, DeliveryWakeUp.none(), null, null);

    private final WebhookOutbox outbox;
    private final Supplier<List<WebhookSubscription>> subscriptions;
    private final DeliveryWakeUp wakeUp;
    private final IdGenerator ids;
    private final Clock clock;

    private WebhookEvents(WebhookOutbox outbox, Supplier<List<WebhookSubscription>> subscriptions,
                          DeliveryWakeUp wakeUp, IdGenerator ids, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.wakeUp = wakeUp;
        this.ids = ids;
        this.clock = clock;
    }

    /** A store without an outbox: events are not even built. */
    public static WebhookEvents none() {
        return NONE;
    }

    /** To fixed subscriptions (tests, and services that only ever publish to the same endpoints). */
    public static WebhookEvents to(WebhookOutbox outbox, List<WebhookSubscription> subscriptions, DeliveryWakeUp wakeUp,
                                   IdGenerator ids, Clock clock) {
        List<WebhookSubscription> fixed = List.copyOf(subscriptions);
        return fixed.isEmpty() ? NONE : new WebhookEvents(outbox, () -> fixed, wakeUp, ids, clock);
    }

    /**
     * To the endpoints subscribed at the moment of each publication ({@link EndpointDirectory#subscriptions}): with
     * none, events are not built, so the ingest path pays a look at an empty list.
     */
    public static WebhookEvents to(WebhookOutbox outbox, EndpointDirectory directory, DeliveryWakeUp wakeUp,
                                   IdGenerator ids, Clock clock) {
        return new WebhookEvents(outbox, directory::subscriptions, wakeUp, ids, clock);
    }

    boolean wanted(EventType type) {
        return subscriptions.get().stream().anyMatch(subscription -> subscription.wants(type));
    }

    /**
     * Inside the unit that made the change: one delivery per subscribed endpoint. The data is built only when an
     * endpoint wants the type.
     */
    void publish(EventType type, String orderingKey, Supplier<Fields> data) {
        publishAll(List.of(new Pending(type, orderingKey, data)));
    }

    /** An event not built yet: its data is made only if an endpoint wants its type. */
    record Pending(EventType type, String orderingKey, Supplier<Fields> data) {
    }

    /**
     * {@link #publish} for several events, in this order, with one write to the outbox: a group of live-message
     * batches stored by one unit publishes with one statement, not one per batch.
     */
    void publishAll(List<Pending> events) {
        publishAll(events, null);
    }

    /** {@link #publish}, to every subscribed endpoint but {@code excluded} (the one an event is about). */
    void publishExcept(EventType type, String orderingKey, Supplier<Fields> data, String excluded) {
        publishAll(List.of(new Pending(type, orderingKey, data)), excluded);
    }

    private void publishAll(List<Pending> events, String excluded) {
        List<WebhookSubscription> now = subscriptions.get();
        if (now.isEmpty()) {
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Pending pending : events) {
            if (now.stream().noneMatch(subscription -> subscription.wants(pending.type())
                    && !subscription.endpoint().equals(excluded))) {
                continue;
            }
            Event event = new Event(ids.next(), pending.type(), clock.now(), pending.orderingKey(),
                    pending.data().get());
            for (WebhookSubscription subscription : now) {
                if (subscription.wants(pending.type()) && !subscription.endpoint().equals(excluded)) {
                    deliveries.add(Delivery.of(ids.next(), event, subscription.endpoint()));
                }
            }
        }
        if (!deliveries.isEmpty()) {
            outbox.append(deliveries);
        }
    }

    /**
     * After a unit that may have published committed: wakes this instance's dispatcher. Only a hint (a dispatcher
     * woken for nothing just finds nothing due), so it is not worth tracking whether the unit published.
     */
    void committed() {
        wakeUp.deliveriesCommitted();
    }
}
