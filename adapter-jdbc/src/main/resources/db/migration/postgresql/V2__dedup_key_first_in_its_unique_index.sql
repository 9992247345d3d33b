-- The same unique index with the deduplication key first, as on H2 (see db/migration/h2/V2): one index serves the
-- duplicate check of a group of batches on every database. PostgreSQL could use either order.
ALTER TABLE transcript_message
    DROP CONSTRAINT uq_transcript_message_dedup,
    ADD CONSTRAINT uq_transcript_message_dedup UNIQUE (dedup_key, conversation_id);
