-- The recordings of calls streamed to a voice assistant (Twilio Media Streams; docs/channels.md): one row per chunk
-- of about a second, written as the call goes, so a call that drops keeps what was said. Read back in chunk_number
-- order and joined into a WAV file by the service; the bytes are as the provider sent them (audio_format says how
-- they are encoded: "mulaw-8000" is G.711 mu-law, 8 kHz, mono).
--
-- The primary key is (interaction_id, chunk_number): reading a recording is a range scan of it, and a chunk is
-- stored once. No foreign key to voice_interaction: the audio of a call is appended outside the interaction's unit
-- of work, and removing a recording is its own statement (CallRecordings.delete).
-- The bytes: BYTEA here (BLOB on H2, MEDIUMBLOB on MariaDB); a chunk holds at most 480 000 bytes.

CREATE TABLE call_recording_chunk (
    interaction_id VARCHAR(32) NOT NULL,
    chunk_number   BIGINT      NOT NULL,
    audio_format   VARCHAR(32) NOT NULL,
    audio          BYTEA       NOT NULL,
    CONSTRAINT pk_call_recording_chunk PRIMARY KEY (interaction_id, chunk_number)
);
