-- The webhook outbox on PostgreSQL. The same as db/migration/h2/V4 except for the payload, TEXT here (unbounded).
-- Timestamps are epoch milliseconds (UTC) in BIGINT columns, as in V1.
--
-- seq is the append order that "oldest first" and "the first unfinished delivery of a key" go by: the store numbers
-- the rows, because two service instances cannot agree on a counter of their own and a timestamp can tie.
-- lease_owner and lease_until_ms are a dispatcher's claim (both NULL when nobody holds one). Dispatchers claim with
-- SELECT ... FOR UPDATE SKIP LOCKED (JdbcWebhookOutbox).

CREATE TABLE webhook_delivery (
    id                 VARCHAR(32)   NOT NULL,
    seq                BIGINT        GENERATED ALWAYS AS IDENTITY,
    endpoint           VARCHAR(255)  NOT NULL,
    -- The event's conversation (an interaction's or a bot session's id): one key's deliveries go one at a time.
    ordering_key       VARCHAR(255)  NOT NULL,
    event_type         VARCHAR(64)   NOT NULL,
    payload_json       TEXT          NOT NULL,
    created_at_ms      BIGINT        NOT NULL,
    state              VARCHAR(9)    NOT NULL,
    attempts           INTEGER       NOT NULL,
    next_attempt_at_ms BIGINT        NOT NULL,
    lease_owner        VARCHAR(255),
    lease_until_ms     BIGINT,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_seq UNIQUE (seq),
    CONSTRAINT ck_webhook_delivery_state CHECK (state IN ('PENDING', 'DELIVERED', 'DEAD'))
);

-- The claim's due rows: PENDING and next_attempt_at_ms up to now.
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at_ms);
-- The claim's "no earlier PENDING delivery of the same endpoint and key" (NOT EXISTS): one index probe per due row.
CREATE INDEX ix_webhook_delivery_key ON webhook_delivery (endpoint, ordering_key, state, seq);
-- The delivery API: an endpoint's deliveries (in a state), newest first. Without an endpoint, the seq index serves.
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint, state, seq);

-- response: the start of the endpoint's answer, at most Attempt.RESPONSE_EXCERPT characters.
CREATE TABLE webhook_attempt (
    delivery_id VARCHAR(32)   NOT NULL,
    number      INTEGER       NOT NULL,
    at_ms       BIGINT        NOT NULL,
    status      INTEGER       NOT NULL,
    latency_ms  BIGINT        NOT NULL,
    response    VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_webhook_attempt PRIMARY KEY (delivery_id, number),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
);
