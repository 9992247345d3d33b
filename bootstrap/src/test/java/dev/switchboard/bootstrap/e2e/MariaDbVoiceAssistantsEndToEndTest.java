package dev.switchboard.bootstrap.e2e;

import dev.switchboard.adapter.jdbc.mariadb.OnLocalMariaDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The voice assistant API with the service on MariaDB. Skipped outside CI when no MariaDB runs on 127.0.0.1:3306; a failure
 * under CI=true.
 */
@OnLocalMariaDb
@MicronautTest(environments = "e2e", transactional = false)
class MariaDbVoiceAssistantsEndToEndTest extends VoiceAssistantsEndToEnd {
}
