-- The bot sessions on MariaDB 10.11 and MySQL 8. The same as db/migration/h2/V3 except as in V1: LONGTEXT for the
-- three JSON columns, InnoDB in utf8mb4 with the binary collation, an unnamed primary key. The unique key is 573
-- characters, 2,292 bytes in utf8mb4: within InnoDB's 3,072-byte limit for an index. Timestamps: epoch milliseconds.
--
-- The exchanges (the last few answered requests, for replays; BotSession.REMEMBERED_EXCHANGES) are one JSON column of the session's row, not a table:
-- they are always read and written with the session and never looked up on their own, so a table would only turn
-- every update into a delete and as many inserts. The context variables and the live agent's held messages are
-- JSON columns for the same reason. None of the JSON is queried in SQL, so it is plain text, not a JSON type.
-- interaction_id has no foreign key: the session only remembers which interaction holds its transcript.

CREATE TABLE bot_session (
    id                       VARCHAR(32)   NOT NULL,
    channel                  VARCHAR(63)   NOT NULL,
    -- "session:<clientSessionId>" or "user:<userId>": at most twice a label's 255 characters (SessionKey).
    conversation_key         VARCHAR(510)  NOT NULL,
    user_id                  VARCHAR(255)  NOT NULL,
    now_session_id           VARCHAR(32)   NOT NULL,
    interaction_id           VARCHAR(32),
    topic_id                 VARCHAR(32),
    step                     INTEGER       NOT NULL,
    pending                  VARCHAR(16)   NOT NULL,
    agent_state              VARCHAR(9)    NOT NULL,
    queue                    VARCHAR(255),
    agent_name               VARCHAR(255),
    silent                   BOOLEAN       NOT NULL,
    consecutive_fallbacks    INTEGER       NOT NULL,
    -- Advanced by every update; an update names the version it was read at (compare-and-set).
    version                  BIGINT        NOT NULL,
    created_at_ms            BIGINT        NOT NULL,
    updated_at_ms            BIGINT        NOT NULL,
    context_variables_json   LONGTEXT      NOT NULL,
    exchanges_json           LONGTEXT      NOT NULL,
    held_agent_messages_json LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    -- One session per conversation of a channel: of two racing first messages, the second insert fails.
    CONSTRAINT uq_bot_session_key UNIQUE (channel, conversation_key),
    CONSTRAINT ck_bot_session_pending CHECK (pending IN ('NOTHING', 'TOPIC_INPUT', 'AGENT_CHOICE', 'END_CONFIRMATION')),
    CONSTRAINT ck_bot_session_agent_state CHECK (agent_state IN ('NONE', 'WAITING', 'CONNECTED'))
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Serves "the sessions in this live-agent state (of this queue), least recently updated first".
CREATE INDEX ix_bot_session_agent_state ON bot_session (agent_state, queue, updated_at_ms);
