package dev.switchboard.application.fake;

import dev.switchboard.application.contract.CommitGroupsContract;
import dev.switchboard.application.port.out.CommitGroups;

class EachAloneCommitGroupsContractTest extends CommitGroupsContract {

    @Override
    protected CommitGroups commitGroups() {
        return CommitGroups.eachAlone();
    }
}
