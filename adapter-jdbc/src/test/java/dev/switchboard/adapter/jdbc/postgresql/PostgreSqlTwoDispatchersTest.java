package dev.switchboard.adapter.jdbc.postgresql;

import dev.switchboard.adapter.jdbc.webhook.TwoDispatchers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Two dispatchers claiming together from this machine's PostgreSQL server. */
@MicronautTest(transactional = false)
@OnLocalPostgreSql
class PostgreSqlTwoDispatchersTest extends TwoDispatchers {
}
