package dev.switchboard.adapter.jdbc.postgresql;

import dev.switchboard.adapter.jdbc.JdbcContracts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The contract suites on this machine's PostgreSQL server. */
@MicronautTest(transactional = false)
@OnLocalPostgreSql
class PostgreSqlContractTest extends JdbcContracts {
}
