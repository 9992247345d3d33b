package dev.switchboard.application.fake;

import dev.switchboard.application.contract.GroupedUnitContract;
import dev.switchboard.application.contract.StorageFixture;

class InMemoryGroupedUnitContractTest extends GroupedUnitContract {

    private final StorageFixture storage = InMemoryStorage.create();

    @Override
    protected StorageFixture storage() {
        return storage;
    }
}
