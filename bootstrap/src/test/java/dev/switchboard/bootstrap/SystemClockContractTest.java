package dev.switchboard.bootstrap;

import dev.switchboard.application.contract.ClockContract;
import dev.switchboard.application.port.out.Clock;
import java.time.Duration;

class SystemClockContractTest extends ClockContract {

    private final SystemClock clock = new SystemClock();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while letting time pass", e);
        }
    }
}
