package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.ConversationsContract;
import dev.switchboard.application.contract.StorageFixture;

class MongoConversationsContractTest extends ConversationsContract {

    @Override
    protected StorageFixture storage() {
        return MongoStorage.shared();
    }
}
