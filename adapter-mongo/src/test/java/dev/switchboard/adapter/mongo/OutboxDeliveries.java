package dev.switchboard.adapter.mongo;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import java.time.Instant;

/** Deliveries for the Mongo outbox's own tests. */
final class OutboxDeliveries {

    private OutboxDeliveries() {
    }

    /** A PENDING delivery due at {@code at}, numbered {@code n} in its payload. */
    static Delivery pending(String endpoint, String orderingKey, Instant at, int n) {
        return new Delivery(ScriptedIdGenerator.random(), endpoint, orderingKey, EventType.TRANSCRIPT_MESSAGES_ADDED,
                Fields.builder().put("n", n).build(), at, DeliveryState.PENDING, 0, at);
    }
}
