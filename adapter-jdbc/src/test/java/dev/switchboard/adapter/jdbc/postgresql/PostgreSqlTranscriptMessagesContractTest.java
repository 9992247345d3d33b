package dev.switchboard.adapter.jdbc.postgresql;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.contract.TranscriptMessagesContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** Each unit of work must commit for real, so the test is not wrapped in a transaction of its own. */
@MicronautTest(transactional = false)
@OnLocalPostgreSql
class PostgreSqlTranscriptMessagesContractTest extends TranscriptMessagesContract {

    @Inject
    StorageFixture storage;

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
