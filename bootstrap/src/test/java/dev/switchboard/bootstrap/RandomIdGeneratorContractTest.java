package dev.switchboard.bootstrap;

import dev.switchboard.application.contract.IdGeneratorContract;
import dev.switchboard.application.port.out.IdGenerator;

class RandomIdGeneratorContractTest extends IdGeneratorContract {

    private final RandomIdGenerator ids = new RandomIdGenerator();

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
