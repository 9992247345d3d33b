-- The voice assistants (docs/channels.md): one row per assistant, its channels in two text columns, in SQL that H2,
-- PostgreSQL and MariaDB all accept except for the large-text columns (VARCHAR without a length here), as in V5.
-- Timestamps are epoch milliseconds (UTC) in BIGINT columns, as in V1.
--
-- channels: each channel's settings and generated non-secret values (connector id, client ids, SIP trunk) as lines
-- of "kind.field=value" ("twilio.liveAgentNumber=+14155550100"), readable by an operator. The channels are only
-- ever read and written with their assistant, so a column, not a table.
-- sealed_secrets: the channels' secrets (Twilio's auth token, the generated client secrets, API key and
-- x-snc-param, and the ones a rotation replaced), sealed by the service (SecretCipher): opaque text of a length the
-- cipher decides, so unbounded. A backup of this table holds no usable secret.
-- The generated URLs are not stored: they follow from the id and switchboard.public-url.

CREATE TABLE voice_assistant (
    id                   VARCHAR(32)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    description          VARCHAR(1024) NOT NULL,
    provider_application VARCHAR(100)  NOT NULL,
    channels             VARCHAR       NOT NULL,
    sealed_secrets       VARCHAR       NOT NULL,
    created_at_ms        BIGINT        NOT NULL,
    updated_at_ms        BIGINT        NOT NULL,
    -- Advanced by every update; an update names the version it was read at (compare-and-set).
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_voice_assistant PRIMARY KEY (id)
);
