package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An update of a record that was never added must fail, as the ports say, rather than change nothing silently. */
@MicronautTest(transactional = false)
class UpdatesOfUnknownRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    @Inject
    StorageFixture storage;

    @Test
    void anInteractionThatWasNeverAddedCannotBeUpdated() {
        Interaction unknown = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, null, null), NOW);

        assertThatThrownBy(() -> storage.interactions().update(unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(unknown.id().value());
    }

    @Test
    void aConversationThatWasNeverAddedCannotBeUpdated() {
        Conversation unknown = Conversation.begin(ScriptedIdGenerator.random(), ScriptedIdGenerator.random(), NOW);

        assertThatThrownBy(() -> storage.conversations().update(unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(unknown.id().value());
    }
}
