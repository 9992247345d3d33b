package dev.switchboard.adapter.jdbc.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.jdbc.StatementCounter;
import dev.switchboard.adapter.jdbc.StatementCounter.Calls;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code addAll} must reach the database as one JDBC batch, not as one round trip per message. The counter sits
 * between Micronaut Data and the H2 driver; if the rows were inserted one statement at a time, it would count 50
 * single executions and no batch, and this test would fail.
 */
@MicronautTest(transactional = false)
@Property(name = "test.count-statements", value = "true")
class BatchedInsertTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    @Inject
    StorageFixture storage;

    @Inject
    StatementCounter counter;

    @Test
    void aBatchOfMessagesIsInsertedWithOneExecuteBatch() {
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, null, null), NOW);
        Conversation conversation = Conversation.begin(ScriptedIdGenerator.random(), interaction.id(), NOW);
        List<TranscriptMessage> messages = IntStream.range(0, 50)
                .mapToObj(i -> conversation.append(ScriptedIdGenerator.random(), utterance(i), NOW))
                .toList();
        counter.reset();

        storage.unitOfWork().run(() -> {
            storage.interactions().add(interaction);
            storage.conversations().add(conversation);
            storage.messages().addAll(messages);
            return null;
        });

        // The control: the same counter sees a single-row insert executed on its own.
        assertThat(counter.insertsInto("interaction")).isEqualTo(new Calls(0, 0, 1));
        assertThat(counter.insertsInto("transcript_message")).isEqualTo(new Calls(50, 1, 0));
        assertThat(storage.messages().findPage(conversation.id(), new PageRequest(0, 100))).isEqualTo(messages);
    }

    private static Utterance utterance(int index) {
        return new Utterance(Participant.CUSTOMER, "utterance " + index, new OffsetRange(index, index + 1L), null,
                null, false, false, null, null);
    }
}
