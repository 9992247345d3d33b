package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.shared.SysId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A handle takes each interaction's lock once, keeps others out while it holds it (until its deadline, then the wait
 * ends as the ports' StorageUnavailableException), and releases all it holds.
 */
class InteractionLocksTest {

    private final InteractionLocks locks = new InteractionLocks();
    private final SysId interaction = ScriptedIdGenerator.random();

    @Test
    void aHandleLocksAnInteractionOnce() {
        InteractionLocks.Held held = locks.hold(inMillis(50));

        assertThat(held.lock(interaction)).isTrue();
        assertThat(held.lock(interaction)).isFalse();
        held.release();
    }

    @Test
    void anotherHandleWaitsUntilTheFirstReleases() {
        InteractionLocks.Held first = locks.hold(inMillis(50));
        first.lock(interaction);

        assertThatThrownBy(() -> onAnotherThread(interaction))
                .hasCauseInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("stayed locked by another unit of work");

        first.release();
        assertThat(onAnotherThread(interaction)).isTrue();
    }

    /** A deadline for {@link InteractionLocks#hold}: this many milliseconds from now. */
    private static long inMillis(long millis) {
        return System.nanoTime() + millis * 1_000_000;
    }

    private boolean onAnotherThread(SysId id) {
        return CompletableFuture.supplyAsync(() -> {
            InteractionLocks.Held other = locks.hold(inMillis(50));
            try {
                return other.lock(id);
            } finally {
                other.release();
            }
        }).join();
    }
}
