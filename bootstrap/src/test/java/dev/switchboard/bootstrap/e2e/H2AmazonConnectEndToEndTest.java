package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Amazon Connect's call context on the embedded default, H2. */
@MicronautTest(environments = "e2e", transactional = false)
class H2AmazonConnectEndToEndTest extends AmazonConnectEndToEnd {
}
