package dev.switchboard.adapter.rest.ccaas.threeclogic;

import dev.switchboard.application.fake.InMemoryCallRecordings;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Recordings in memory behind a gate a test can shut: while it is shut, an append waits (a slow database) until the
 * test opens it again. Open unless a test shuts it.
 */
public final class GatedCallRecordings implements CallRecordings {

    private final CallRecordings stored = new InMemoryCallRecordings();
    private volatile Gate gate;

    /** From now on appends wait until {@link #open}; the returned latch counts down when the first one waits. */
    public CountDownLatch shut() {
        gate = new Gate();
        return gate.entered;
    }

    public void open() {
        Gate shut = gate;
        gate = null;
        if (shut != null) {
            shut.released.release(Integer.MAX_VALUE / 2);
        }
    }

    @Override
    public void append(RecordingChunk chunk) {
        Gate shut = gate;
        if (shut != null) {
            shut.entered.countDown();
            try {
                if (!shut.released.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stored.append(chunk);
    }

    @Override
    public List<RecordingChunk> chunks(SysId interactionId) {
        return stored.chunks(interactionId);
    }

    @Override
    public boolean delete(SysId interactionId) {
        return stored.delete(interactionId);
    }

    private static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final Semaphore released = new Semaphore(0);
    }
}
