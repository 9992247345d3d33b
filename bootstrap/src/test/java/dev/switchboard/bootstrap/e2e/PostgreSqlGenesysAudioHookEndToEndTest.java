package dev.switchboard.bootstrap.e2e;

import dev.switchboard.adapter.jdbc.postgresql.OnLocalPostgreSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * Genesys' Audio Connector (AudioHook) with the service on PostgreSQL. Skipped outside CI when no PostgreSQL runs on 127.0.0.1:5432; a
 * failure under CI=true.
 */
@OnLocalPostgreSql
@MicronautTest(environments = "e2e", transactional = false)
class PostgreSqlGenesysAudioHookEndToEndTest extends GenesysAudioHookEndToEnd {
}
