package dev.switchboard.adapter.jdbc.recording;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One row of the {@code call_recording_chunk} table: a chunk's bytes as the provider sent them. */
@MappedEntity(value = "call_recording_chunk", escape = false)
record ChunkRow(@EmbeddedId Key key, String audioFormat, byte[] audio) {

    /** The primary key; the column names are given because an embedded key would prefix them. */
    @Embeddable
    record Key(@MappedProperty("interaction_id") String interactionId,
               @MappedProperty("chunk_number") long chunkNumber) {
    }
}
