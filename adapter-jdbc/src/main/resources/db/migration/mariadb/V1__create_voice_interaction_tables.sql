-- The Voice Interaction tables on MariaDB 10.11 and MySQL 8. The same as db/migration/h2 except for:
--   * the two large-text columns are LONGTEXT: TEXT holds only 65,535 bytes, and 32 KiB of two-byte characters
--     is already 64 KiB;
--   * every table is InnoDB (row locks, transactions, foreign keys) in utf8mb4, which stores every Unicode
--     character (MariaDB's "utf8" stops at three bytes and rejects emoji), with the binary collation, so that
--     lookups and UNIQUE constraints compare strings exactly as H2 and PostgreSQL do instead of ignoring case;
--   * primary keys are unnamed: MariaDB ignores the name of a PRIMARY KEY constraint, with a warning.
-- Timestamps are epoch milliseconds (UTC) in BIGINT columns: exact to the millisecond and free of any database,
-- session or JVM time zone (MariaDB has no time-zone-aware timestamp type).

CREATE TABLE interaction (
    id                     VARCHAR(32)   NOT NULL,
    user_id                VARCHAR(255)  NOT NULL,
    agent_id               VARCHAR(255),
    caller_phone_number    VARCHAR(16),
    client_session_id      VARCHAR(255),
    inbound_id             VARCHAR(255),
    state                  VARCHAR(20)   NOT NULL,
    recording_url          VARCHAR(2048),
    sentiment              VARCHAR(8),
    opened_at_ms           BIGINT        NOT NULL,
    closed_at_ms           BIGINT,
    transcript_saved_at_ms BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT ck_interaction_state CHECK (state IN ('new', 'work_in_progress', 'closed_complete')),
    CONSTRAINT ck_interaction_sentiment CHECK (sentiment IN ('positive', 'neutral', 'negative'))
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Serves "the most recently opened interaction with this external id".
CREATE INDEX ix_interaction_client_session ON interaction (client_session_id, opened_at_ms);

CREATE TABLE conversation (
    id             VARCHAR(32)  NOT NULL,
    interaction_id VARCHAR(32)  NOT NULL,
    created_at_ms  BIGINT       NOT NULL,
    source         VARCHAR(255),
    started_at_ms  BIGINT,
    message_count  BIGINT       NOT NULL,
    positive_count BIGINT       NOT NULL,
    neutral_count  BIGINT       NOT NULL,
    negative_count BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_interaction UNIQUE (interaction_id),
    CONSTRAINT fk_conversation_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE transcript_message (
    id                VARCHAR(32)      NOT NULL,
    conversation_id   VARCHAR(32)      NOT NULL,
    sequence_number   BIGINT           NOT NULL,
    participant       VARCHAR(8)       NOT NULL,
    content           LONGTEXT         NOT NULL,
    begin_offset_ms   BIGINT           NOT NULL,
    end_offset_ms     BIGINT           NOT NULL,
    sentiment         VARCHAR(8),
    loudness_score    DOUBLE PRECISION,
    is_internal       BOOLEAN          NOT NULL,
    is_event          BOOLEAN          NOT NULL,
    source_message_id VARCHAR(255),
    attributes_json   LONGTEXT         NOT NULL,
    dedup_key         VARCHAR(64)      NOT NULL,
    received_at_ms    BIGINT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_transcript_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT uq_transcript_message_dedup UNIQUE (conversation_id, dedup_key),
    CONSTRAINT uq_transcript_message_sequence UNIQUE (conversation_id, sequence_number),
    CONSTRAINT ck_transcript_message_participant CHECK (participant IN ('AGENT', 'CUSTOMER')),
    CONSTRAINT ck_transcript_message_sentiment CHECK (sentiment IN ('positive', 'neutral', 'negative'))
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Serves reading a conversation's messages in order: begin offset, end offset, then arrival.
CREATE INDEX ix_transcript_message_read_order
    ON transcript_message (conversation_id, begin_offset_ms, end_offset_ms, sequence_number);
