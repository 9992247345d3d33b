package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.InteractionsContract;
import dev.switchboard.application.contract.StorageFixture;

class MongoInteractionsContractTest extends InteractionsContract {

    @Override
    protected StorageFixture storage() {
        return MongoStorage.shared();
    }
}
