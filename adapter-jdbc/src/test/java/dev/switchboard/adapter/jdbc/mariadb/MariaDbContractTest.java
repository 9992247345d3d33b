package dev.switchboard.adapter.jdbc.mariadb;

import dev.switchboard.adapter.jdbc.JdbcContracts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The contract suites on this machine's MariaDB server. */
@MicronautTest(transactional = false)
@OnLocalMariaDb
class MariaDbContractTest extends JdbcContracts {
}
