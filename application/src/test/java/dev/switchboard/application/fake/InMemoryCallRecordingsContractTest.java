package dev.switchboard.application.fake;

import dev.switchboard.application.contract.CallRecordingsContract;
import dev.switchboard.application.port.out.CallRecordings;

class InMemoryCallRecordingsContractTest extends CallRecordingsContract {

    private final CallRecordings recordings = new InMemoryCallRecordings();

    @Override
    protected CallRecordings recordings() {
        return recordings;
    }
}
