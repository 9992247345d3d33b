package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.CallRecordingsContract;
import dev.switchboard.application.port.out.CallRecordings;

/** The recordings on the in-process server. */
class MongoCallRecordingsContractTest extends CallRecordingsContract {

    private static final CallRecordings RECORDINGS = new MongoCallRecordings(
            MongoStorage.on(InProcessMongo.database("contract")).store());

    @Override
    protected CallRecordings recordings() {
        return RECORDINGS;
    }
}
