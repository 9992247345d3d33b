package dev.switchboard.application.fake;

import dev.switchboard.application.contract.InteractionsContract;
import dev.switchboard.application.contract.StorageFixture;

class InMemoryInteractionsContractTest extends InteractionsContract {

    private final StorageFixture storage = InMemoryStorage.create();

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
