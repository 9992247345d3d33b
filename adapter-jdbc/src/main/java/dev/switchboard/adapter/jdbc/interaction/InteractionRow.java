package dev.switchboard.adapter.jdbc.interaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the {@code interaction} table; timestamps are epoch milliseconds. */
@MappedEntity(value = "interaction", escape = false)
record InteractionRow(
        @Id String id,
        String userId,
        @Nullable String agentId,
        @Nullable String callerPhoneNumber,
        @Nullable String clientSessionId,
        @Nullable String inboundId,
        String state,
        @Nullable String recordingUrl,
        @Nullable String sentiment,
        long openedAtMs,
        @Nullable Long closedAtMs,
        @Nullable Long transcriptSavedAtMs) {
}
