package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.TranscriptMessagesContract;
import dev.switchboard.application.contract.StorageFixture;

class MongoTranscriptMessagesContractTest extends TranscriptMessagesContract {

    @Override
    protected StorageFixture storage() {
        return MongoStorage.shared();
    }
}
