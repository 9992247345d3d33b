-- The same unique index with the deduplication key first, as on H2 (see db/migration/h2/V2). The foreign key on
-- conversation_id keeps its index: uq_transcript_message_sequence (conversation_id, sequence_number) starts with it.
ALTER TABLE transcript_message
    DROP INDEX uq_transcript_message_dedup,
    ADD CONSTRAINT uq_transcript_message_dedup UNIQUE (dedup_key, conversation_id);
