package dev.switchboard.adapter.jdbc.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the {@code conversation} table; the sentiment tally is three counts, timestamps epoch milliseconds. */
@MappedEntity(value = "conversation", escape = false)
record ConversationRow(
        @Id String id,
        String interactionId,
        long createdAtMs,
        @Nullable String source,
        @Nullable Long startedAtMs,
        long messageCount,
        long positiveCount,
        long neutralCount,
        long negativeCount) {
}
