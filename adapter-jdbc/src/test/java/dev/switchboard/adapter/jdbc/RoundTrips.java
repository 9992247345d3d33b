package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.HeldCommitGroups;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements one use case sends, through the real services over this adapter's ports: each is a round trip,
 * and on a remote database the round trips are most of a request's time. An update is a single UPDATE whose row
 * count tells whether the row exists, with no SELECT before it. One subclass per database
 * ({@code H2RoundTripsTest}, …) supplies the database and turns the {@link StatementCounter} on.
 */
public abstract class RoundTrips {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    @Inject
    protected StorageFixture storage;

    @Inject
    protected StatementCounter counter;

    private VoiceInteractionUseCases useCases;

    @BeforeEach
    void wireServices() {
        useCases = VoiceInteractionServices.wire(storage.interactions(), storage.conversations(), storage.messages(),
                storage.unitOfWork(), storage.commitGroups(), new ScriptedIdGenerator(), new FixedClock(NOW));
    }

    /** A new conversation is inserted with its final count and tally, and holds no keys to look up yet. */
    @Test
    void theFirstBatchOfAnInteractionTakesSixStatements() {
        SysId interaction = startInteraction();
        counter.reset();

        addMessage(interaction, 0);

        assertThat(counter.executed()).containsExactly(
                "select interaction for update",
                "select conversation",
                "insert conversation",
                "insert transcript_message",
                "update interaction",
                "commit");
    }

    @Test
    void aLaterBatchTakesSevenStatements() {
        SysId interaction = startInteraction();
        addMessage(interaction, 0);
        counter.reset();

        addMessage(interaction, 1);

        assertThat(counter.executed()).containsExactly(
                "select interaction for update",
                "select conversation",
                "select transcript_message",
                "insert transcript_message",
                "update conversation",
                "update interaction",
                "commit");
    }

    /** What group commit is for: the batches of many calls cost the statements of one. */
    @Test
    void aGroupOfLaterBatchesForManyInteractionsTakesTheSevenStatementsOfOne() {
        List<SysId> interactions = IntStream.range(0, 20).mapToObj(n -> startInteraction()).toList();
        interactions.forEach(interaction -> addMessage(interaction, 0));
        HeldCommitGroups held = new HeldCommitGroups();
        AddVoiceInteractionMessagesUseCase grouped = VoiceInteractionServices.wire(storage.interactions(),
                storage.conversations(), storage.messages(), storage.unitOfWork(), held, new ScriptedIdGenerator(),
                new FixedClock(NOW)).addMessages();
        List<CompletableFuture<SysId>> answers = interactions.stream()
                .map(interaction -> grouped.addMessages(command(interaction, 1)).toCompletableFuture())
                .toList();
        counter.reset();

        held.release();

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isCompleted());
        assertThat(counter.executed()).containsExactly(
                "select interaction for update",
                "select conversation",
                "select transcript_message",
                "insert transcript_message",
                "update conversation",
                "update interaction",
                "commit");
    }

    /** MariaDB and MySQL report changed rows instead of matched rows when a connection asks for that. */
    @Test
    void anUpdateThatChangesNothingStillFindsItsRow() {
        Conversation conversation = StoredRecords.storedConversation(storage, NOW);
        Interaction interaction = storage.interactions().findById(conversation.interactionId()).orElseThrow();

        assertThatCode(() -> storage.unitOfWork().run(() -> {
            storage.interactions().update(interaction);
            storage.conversations().update(conversation);
            return null;
        })).doesNotThrowAnyException();
    }

    private SysId startInteraction() {
        return useCases.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(
                CallerDetails.of("+14089178877", null, null, null, null)));
    }

    private void addMessage(SysId interaction, int index) {
        useCases.addMessages().addMessagesAndWait(command(interaction, index));
    }

    private static AddVoiceInteractionMessagesUseCase.Command command(SysId interaction, int index) {
        Utterance utterance = new Utterance(Participant.CUSTOMER, "utterance " + index,
                new OffsetRange(index, index + 1L), null, null, false, false, null, null);
        return new AddVoiceInteractionMessagesUseCase.Command(interaction, List.of(utterance));
    }
}
