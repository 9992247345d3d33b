package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A handle takes each interaction's lock once, keeps others out while it holds it, and releases all it holds. */
class InteractionLocksTest {

    private final InteractionLocks locks = new InteractionLocks(50);
    private final SysId interaction = ScriptedIdGenerator.random();

    @Test
    void aHandleLocksAnInteractionOnce() {
        InteractionLocks.Held held = locks.hold();

        assertThat(held.lock(interaction)).isTrue();
        assertThat(held.lock(interaction)).isFalse();
        held.release();
    }

    @Test
    void anotherHandleWaitsUntilTheFirstReleases() {
        InteractionLocks.Held first = locks.hold();
        first.lock(interaction);

        assertThatThrownBy(() -> onAnotherThread(interaction))
                .hasMessageContaining("stayed locked by another unit of work");

        first.release();
        assertThat(onAnotherThread(interaction)).isTrue();
    }

    private boolean onAnotherThread(SysId id) {
        return CompletableFuture.supplyAsync(() -> {
            InteractionLocks.Held other = locks.hold();
            try {
                return other.lock(id);
            } finally {
                other.release();
            }
        }).join();
    }
}
