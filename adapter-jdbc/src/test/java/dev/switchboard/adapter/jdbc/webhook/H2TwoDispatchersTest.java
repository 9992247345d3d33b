package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Two dispatcher threads of one process on H2 in memory, the only way an embedded H2 file is used. */
@MicronautTest(transactional = false)
class H2TwoDispatchersTest extends TwoDispatchers {
}
