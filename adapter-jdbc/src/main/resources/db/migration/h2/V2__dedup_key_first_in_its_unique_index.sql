-- The duplicate check of a group of live-message batches asks for several conversations' keys at once
-- (conversation_id IN (...) AND dedup_key IN (...)). H2 uses an index for an IN list on its first column only, so with
-- (conversation_id, dedup_key) it read every message of each conversation; with the key first, a look-up is a few
-- index entries whatever the length of the call. Keys are SHA-256 hashes, as selective as an index column can be.
ALTER TABLE transcript_message DROP CONSTRAINT uq_transcript_message_dedup;
ALTER TABLE transcript_message ADD CONSTRAINT uq_transcript_message_dedup UNIQUE (dedup_key, conversation_id);
