package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of the {@code webhook_endpoint} table; timestamps are epoch milliseconds, the event types their wire names
 * joined by commas, the secrets the sealed text the service hands over, and absent values NULL.
 */
@MappedEntity(value = "webhook_endpoint", escape = false)
record EndpointRow(
        @Id String name,
        String url,
        String description,
        String eventTypes,
        String sealedKeys,
        String sealedAuth,
        boolean enabled,
        @Nullable String disabledReason,
        @Nullable Long disabledAtMs,
        @Nullable Long failingSinceMs,
        String source,
        long createdAtMs,
        long updatedAtMs,
        long version) {
}
