package dev.switchboard.application.fake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.IdGeneratorContract;
import dev.switchboard.application.port.out.IdGenerator;
import org.junit.jupiter.api.Test;

/** The scripted ids are part of what the contract checks: the suite draws them first. */
class ScriptedIdGeneratorContractTest extends IdGeneratorContract {

    private final ScriptedIdGenerator ids = new ScriptedIdGenerator()
            .thenReturn("4462cb4753751110b6e8ddeeff7b12ca", "a47e1afdb7471110b6e8bc15ae11a934");

    @Override
    protected IdGenerator ids() {
        return ids;
    }

    @Test
    void anIdCannotBeQueuedTwice() {
        assertThatThrownBy(() -> ids.thenReturn("4462cb4753751110b6e8ddeeff7b12ca"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
