package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Objects;

/**
 * One event on its way to one endpoint. Its id is the Standard Webhooks {@code webhook-id}: the same on every attempt,
 * so that a receiver can drop a copy it already has.
 *
 * @param endpoint      the subscribed endpoint's name
 * @param orderingKey   the event's conversation: an endpoint gets one key's deliveries strictly in order
 * @param payload       the document sent ({@link Event#payload()})
 * @param attempts      attempts made so far
 * @param nextAttemptAt when it is due; for a delivered or dead one, when that happened
 */
public record Delivery(SysId id, String endpoint, String orderingKey, EventType type, Fields payload,
                      Instant createdAt, DeliveryState state, int attempts, Instant nextAttemptAt) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(orderingKey, "orderingKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** A new delivery of the event to the endpoint, due at once. */
    public static Delivery of(SysId id, Event event, String endpoint) {
        return new Delivery(id, endpoint, event.orderingKey(), event.type(), event.payload(), event.occurredAt(),
                DeliveryState.PENDING, 0, event.occurredAt());
    }
}
