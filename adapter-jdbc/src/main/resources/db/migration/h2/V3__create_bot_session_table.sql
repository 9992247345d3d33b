-- The bot sessions (docs/bot-integration.md), in SQL that H2, PostgreSQL and MariaDB all accept except for the
-- large-text columns (VARCHAR without a length here, up to 10^9 characters), as in V1. Timestamps are epoch milliseconds (UTC) in BIGINT columns, as in V1.
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
    context_variables_json   VARCHAR       NOT NULL,
    exchanges_json           VARCHAR       NOT NULL,
    held_agent_messages_json VARCHAR       NOT NULL,
    CONSTRAINT pk_bot_session PRIMARY KEY (id),
    -- One session per conversation of a channel: of two racing first messages, the second insert fails.
    CONSTRAINT uq_bot_session_key UNIQUE (channel, conversation_key),
    CONSTRAINT ck_bot_session_pending CHECK (pending IN ('NOTHING', 'TOPIC_INPUT', 'AGENT_CHOICE', 'END_CONFIRMATION')),
    CONSTRAINT ck_bot_session_agent_state CHECK (agent_state IN ('NONE', 'WAITING', 'CONNECTED'))
);

-- Serves "the sessions in this live-agent state (of this queue), least recently updated first".
CREATE INDEX ix_bot_session_agent_state ON bot_session (agent_state, queue, updated_at_ms);
