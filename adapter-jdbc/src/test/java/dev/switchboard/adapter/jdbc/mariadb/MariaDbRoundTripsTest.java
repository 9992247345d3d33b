package dev.switchboard.adapter.jdbc.mariadb;

import dev.switchboard.adapter.jdbc.RoundTrips;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The round trips of the use cases on this machine's MariaDB server. */
@MicronautTest(transactional = false)
@OnLocalMariaDb
@Property(name = "test.count-statements", value = "true")
class MariaDbRoundTripsTest extends RoundTrips {
}
