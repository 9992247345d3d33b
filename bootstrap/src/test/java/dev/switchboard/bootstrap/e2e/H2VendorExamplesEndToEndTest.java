package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The vendor's examples on the embedded default, H2 (in memory here; file mode is RestartDurabilityTest's). */
@MicronautTest(environments = "e2e", transactional = false)
class H2VendorExamplesEndToEndTest extends VendorExamplesEndToEnd {
}
