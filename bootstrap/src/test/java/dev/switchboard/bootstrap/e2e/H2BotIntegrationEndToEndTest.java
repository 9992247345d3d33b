package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The bot examples on the embedded default, H2. */
@MicronautTest(environments = "e2e", transactional = false)
class H2BotIntegrationEndToEndTest extends BotIntegrationEndToEnd {
}
