package dev.switchboard.application.fake;

import dev.switchboard.application.contract.UnitOfWorkContract;
import dev.switchboard.application.contract.StorageFixture;

class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {

    private final StorageFixture storage = InMemoryStorage.create();

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
