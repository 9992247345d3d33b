package dev.switchboard.adapter.jdbc;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The contract suites on H2 in memory, the URL of this module's test configuration. */
@MicronautTest(transactional = false)
class H2ContractTest extends JdbcContracts {
}
