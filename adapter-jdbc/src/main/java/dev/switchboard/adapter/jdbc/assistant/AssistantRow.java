package dev.switchboard.adapter.jdbc.assistant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of the {@code voice_assistant} table; timestamps are epoch milliseconds, the channels the plain and the
 * sealed text the service hands over.
 */
@MappedEntity(value = "voice_assistant", escape = false)
record AssistantRow(
        @Id String id,
        String name,
        String description,
        String providerApplication,
        String channels,
        String sealedSecrets,
        long createdAtMs,
        long updatedAtMs,
        long version) {
}
