package dev.switchboard.application.fake;

import dev.switchboard.application.contract.TranscriptMessagesContract;
import dev.switchboard.application.contract.StorageFixture;

class InMemoryTranscriptMessagesContractTest extends TranscriptMessagesContract {

    private final StorageFixture storage = InMemoryStorage.create();

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
