package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.UnitOfWorkContract;
import dev.switchboard.application.contract.StorageFixture;

class MongoUnitOfWorkContractTest extends UnitOfWorkContract {

    @Override
    protected StorageFixture storage() {
        return MongoStorage.shared();
    }
}
