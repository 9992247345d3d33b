package dev.switchboard.adapter.jdbc.mariadb;

import dev.switchboard.adapter.jdbc.webhook.TwoDispatchers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Two dispatchers claiming together from this machine's MariaDB server. */
@MicronautTest(transactional = false)
@OnLocalMariaDb
class MariaDbTwoDispatchersTest extends TwoDispatchers {
}
