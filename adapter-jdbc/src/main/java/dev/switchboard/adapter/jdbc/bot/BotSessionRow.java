package dev.switchboard.adapter.jdbc.bot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of the {@code bot_session} table; timestamps are epoch milliseconds, enums their names, and the three
 * collections JSON text ({@link dev.switchboard.adapter.jdbc.json.FieldsJson}).
 */
@MappedEntity(value = "bot_session", escape = false)
record BotSessionRow(
        @Id String id,
        String channel,
        String conversationKey,
        String userId,
        String nowSessionId,
        @Nullable String interactionId,
        @Nullable String topicId,
        int step,
        String pending,
        String agentState,
        @Nullable String queue,
        @Nullable String agentName,
        boolean silent,
        int consecutiveFallbacks,
        long version,
        long createdAtMs,
        long updatedAtMs,
        String contextVariablesJson,
        String exchangesJson,
        String heldAgentMessagesJson) {
}
