-- The webhook endpoints on MariaDB 10.11 and MySQL 8. The same as db/migration/h2/V5 except as in V1: LONGTEXT for
-- the two sealed columns, InnoDB in utf8mb4 with the binary collation (names compare, and are listed, by code point,
-- as on the other stores), an unnamed primary key. Timestamps are epoch milliseconds (UTC) in BIGINT columns, as in
-- V1; an absent optional value is NULL.
--
-- sealed_keys (the signing secrets and their expiries) and sealed_auth (the outbound credentials) arrive sealed by
-- the service (SecretCipher): opaque text of a length the cipher decides, so unbounded. Every other column is plain,
-- so that an operator can query the table while a backup of it holds no usable secret.
-- event_types: the wire names of the subscribed event types, comma-separated ("interaction.opened,transcript.saved";
-- all nine of today take 182 characters). They are only ever read and written with their endpoint, so a column, not
-- a table.

CREATE TABLE webhook_endpoint (
    name             VARCHAR(64)   NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    description      VARCHAR(1024) NOT NULL,
    event_types      VARCHAR(1024) NOT NULL,
    sealed_keys      LONGTEXT      NOT NULL,
    sealed_auth      LONGTEXT      NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    disabled_reason  VARCHAR(1024),
    disabled_at_ms   BIGINT,
    failing_since_ms BIGINT,
    source           VARCHAR(16)   NOT NULL,
    created_at_ms    BIGINT        NOT NULL,
    updated_at_ms    BIGINT        NOT NULL,
    -- Advanced by every update; an update names the version it was read at (compare-and-set).
    version          BIGINT        NOT NULL,
    PRIMARY KEY (name),
    CONSTRAINT ck_webhook_endpoint_source CHECK (source IN ('CONFIGURATION', 'API'))
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
