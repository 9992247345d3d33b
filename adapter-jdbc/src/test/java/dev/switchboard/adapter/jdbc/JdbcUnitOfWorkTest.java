package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the contract leaves to each store: how a unit run inside another unit behaves. Here it joins it. */
@MicronautTest(transactional = false)
class JdbcUnitOfWorkTest {

    @Inject
    StorageFixture storage;

    @Test
    void aNestedUnitSeesWhatTheOuterUnitHasNotCommittedYet() {
        Interaction interaction = newInteraction();

        boolean seenInside = storage.unitOfWork().run(() -> {
            storage.interactions().add(interaction);
            return storage.unitOfWork().run(() -> storage.interactions().findById(interaction.id()).isPresent());
        });

        assertThat(seenInside).isTrue();
    }

    @Test
    void aNestedUnitIsRolledBackWithTheOuterUnit() {
        Interaction interaction = newInteraction();
        IllegalStateException failure = new IllegalStateException("the outer work failed after the nested unit");

        RuntimeException thrown = catchRuntimeException(() -> storage.unitOfWork().run(() -> {
            storage.unitOfWork().run(() -> {
                storage.interactions().add(interaction);
                return null;
            });
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(storage.interactions().findById(interaction.id())).isEmpty();
    }

    private static Interaction newInteraction() {
        return Interaction.open(ScriptedIdGenerator.random(), CallerDetails.of("+14089178877", null, null, null, null),
                Instant.parse("2026-03-01T10:15:30.123Z"));
    }
}
