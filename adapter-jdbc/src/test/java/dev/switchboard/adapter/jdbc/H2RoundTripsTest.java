package dev.switchboard.adapter.jdbc;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The round trips of the use cases on the embedded H2 database. */
@MicronautTest(transactional = false)
@Property(name = "test.count-statements", value = "true")
class H2RoundTripsTest extends RoundTrips {
}
