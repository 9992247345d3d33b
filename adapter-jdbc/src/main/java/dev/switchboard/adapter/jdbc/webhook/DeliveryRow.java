package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of the {@code webhook_delivery} table; timestamps are epoch milliseconds, the state its name, the event type
 * its wire name and the payload JSON text. The table's {@code seq} is not here: the database assigns it on insert,
 * and only the statements that order by it read it.
 */
@MappedEntity(value = "webhook_delivery", escape = false)
record DeliveryRow(
        @Id String id,
        String endpoint,
        String orderingKey,
        String eventType,
        String payloadJson,
        long createdAtMs,
        String state,
        int attempts,
        long nextAttemptAtMs,
        @Nullable String leaseOwner,
        @Nullable Long leaseUntilMs) {
}
