package dev.switchboard.application.fake;

import dev.switchboard.application.contract.ConversationsContract;
import dev.switchboard.application.contract.StorageFixture;

class InMemoryConversationsContractTest extends ConversationsContract {

    private final StorageFixture storage = InMemoryStorage.create();

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
