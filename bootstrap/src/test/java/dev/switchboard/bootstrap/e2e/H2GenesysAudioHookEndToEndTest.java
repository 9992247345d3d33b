package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Genesys' Audio Connector (AudioHook) on the embedded default, H2. */
@MicronautTest(environments = "e2e", transactional = false)
class H2GenesysAudioHookEndToEndTest extends GenesysAudioHookEndToEnd {
}
