package dev.switchboard.adapter.jdbc.postgresql;

import dev.switchboard.adapter.jdbc.RoundTrips;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The round trips of the use cases on this machine's PostgreSQL server. */
@MicronautTest(transactional = false)
@OnLocalPostgreSql
@Property(name = "test.count-statements", value = "true")
class PostgreSqlRoundTripsTest extends RoundTrips {
}
