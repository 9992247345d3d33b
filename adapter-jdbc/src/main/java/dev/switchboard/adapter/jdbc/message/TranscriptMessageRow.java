package dev.switchboard.adapter.jdbc.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * One row of the {@code transcript_message} table: the utterance's fields, its sequence number, the deduplication
 * key the table is unique on per conversation, and the arrival time in epoch milliseconds.
 */
@MappedEntity(value = "transcript_message", escape = false)
record TranscriptMessageRow(
        @Id String id,
        String conversationId,
        long sequenceNumber,
        String participant,
        String content,
        long beginOffsetMs,
        long endOffsetMs,
        @Nullable String sentiment,
        @Nullable Double loudnessScore,
        @MappedProperty("is_internal") boolean internal,
        @MappedProperty("is_event") boolean event,
        @Nullable String sourceMessageId,
        String attributesJson,
        String dedupKey,
        long receivedAtMs) {
}
