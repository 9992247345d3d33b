package dev.switchboard.bootstrap.e2e;

import dev.switchboard.adapter.jdbc.postgresql.OnLocalPostgreSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * Twilio Media Streams with the service on PostgreSQL (the recording in BYTEA). Skipped outside CI when no
 * PostgreSQL runs on 127.0.0.1:5432; a failure under CI=true.
 */
@OnLocalPostgreSql
@MicronautTest(environments = "e2e", transactional = false)
class PostgreSqlTwilioMediaStreamsEndToEndTest extends TwilioMediaStreamsEndToEnd {
}
