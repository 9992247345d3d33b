package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;
import static dev.switchboard.adapter.mongo.TestRecords.T0;
import static dev.switchboard.adapter.mongo.TestRecords.appendLocked;
import static dev.switchboard.adapter.mongo.TestRecords.storedConversation;
import static dev.switchboard.adapter.mongo.TestRecords.storedInteraction;
import static dev.switchboard.adapter.mongo.TestRecords.utterance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the contract leaves to each store. Here: the commit's compare-and-set against a unit of another instance
 * (the in-process locks cannot see it), the retry that follows within the unit's time budget, nested units, and the
 * one-interaction rule.
 */
class MongoUnitOfWorkTest {

    private static final PageRequest ALL = new PageRequest(0, 100);

    private final MongoDatabase database = InProcessMongo.database("unit-of-work");
    private final MongoStorage instanceA = MongoStorage.on(database);
    private final StorageFixture a = instanceA.ports();
    private final StorageFixture b = MongoStorage.on(database).ports();

    @Test
    void aUnitThatLosesTheCompareAndSetRunsAgainOnFreshReads() {
        Conversation conversation = storedConversation(a);
        AtomicInteger runs = new AtomicInteger();

        a.unitOfWork().run(() -> {
            runs.incrementAndGet();
            a.interactions().findByIdForUpdate(conversation.interactionId()).orElseThrow();
            Conversation current = a.conversations().findByInteraction(conversation.interactionId()).orElseThrow();
            a.messages().addAll(List.of(current.append(ScriptedIdGenerator.random(), utterance(2, "from A"), T0)));
            a.conversations().update(current);
            if (runs.get() == 1) {
                appendLocked(b, conversation, utterance(1, "from B, committed while A was running"));
            }
            return null;
        });

        assertThat(runs).hasValue(2);
        List<TranscriptMessage> stored = a.messages().findPage(conversation.id(), ALL);
        assertThat(stored).extracting(message -> message.utterance().content())
                .containsExactly("from B, committed while A was running", "from A");
        assertThat(stored).extracting(TranscriptMessage::sequence).containsExactly(1L, 2L);
        assertThat(a.conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isEqualTo(2);
        assertThat(messageDocumentsOf(conversation)).as("the losing run's batch is removed").isEqualTo(2);
        assertThat(unpublishedMessagesOf(conversation)).as("nothing a later reader could see").isZero();
    }

    @Test
    void aUnitThatLosesUntilItsTimeBudgetIsSpentGivesUpAsUnavailableAndStoresNothing() {
        Duration budget = Duration.ofMillis(500);
        StorageFixture impatient = MongoStorage.on(database, budget).ports();
        Conversation conversation = storedConversation(impatient);
        AtomicInteger runs = new AtomicInteger();
        long started = System.nanoTime();

        assertThatThrownBy(() -> impatient.unitOfWork().run(() -> {
            int run = runs.incrementAndGet();
            impatient.interactions().findByIdForUpdate(conversation.interactionId()).orElseThrow();
            Conversation current = impatient.conversations().findByInteraction(conversation.interactionId()).orElseThrow();
            impatient.messages().addAll(List.of(current.append(ScriptedIdGenerator.random(), utterance(1_000, "A's try"), T0)));
            impatient.conversations().update(current);
            appendLocked(b, conversation, utterance(run, "B, run " + run));
            return null;
        })).isInstanceOf(StorageUnavailableException.class).hasMessageContaining("gave up after " + runs.get() + " runs");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the budget, plus one last run")
                .isLessThan(budget.plusSeconds(2));
        assertThat(a.messages().findPage(conversation.id(), ALL))
                .extracting(message -> message.utterance().content()).noneMatch(content -> content.startsWith("A"));
        assertThat(messageDocumentsOf(conversation)).as("B's messages only").isEqualTo(runs.get());
        assertThat(unpublishedMessagesOf(conversation)).isZero();
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndSeesItsChanges() {
        Interaction interaction = newInteraction();

        boolean seenInside = a.unitOfWork().run(() -> {
            a.interactions().add(interaction);
            return a.unitOfWork().run(() -> a.interactions().findById(interaction.id()).isPresent());
        });

        assertThat(seenInside).isTrue();
        assertThat(a.interactions().findById(interaction.id())).isPresent();
    }

    @Test
    void aNestedUnitIsRolledBackWithTheOuterUnit() {
        Interaction interaction = newInteraction();

        assertThatThrownBy(() -> a.unitOfWork().run(() -> {
            a.unitOfWork().run(() -> {
                a.interactions().add(interaction);
                return null;
            });
            throw new IllegalStateException("the outer work failed after the nested unit");
        })).hasMessage("the outer work failed after the nested unit");

        assertThat(a.interactions().findById(interaction.id())).isEmpty();
    }

    @Test
    void aUnitMayChangeOnlyOneInteraction() {
        Interaction first = storedInteraction(a);
        Interaction second = storedInteraction(a);
        first.receiveLiveMessages();
        second.receiveLiveMessages();

        assertThatThrownBy(() -> a.unitOfWork().run(() -> {
            a.interactions().update(first);
            a.interactions().update(second);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("may change one interaction");

        assertThat(a.interactions().findById(first.id()).orElseThrow().state()).isEqualTo(InteractionState.NEW);
        assertThat(a.interactions().findById(second.id()).orElseThrow().state()).isEqualTo(InteractionState.NEW);
    }

    @Test
    void aWriteOutsideAUnitIsAUnitOfItsOwn() {
        Interaction interaction = newInteraction();

        a.interactions().add(interaction);

        assertThat(b.interactions().findById(interaction.id())).isPresent();
    }

    @Test
    void updatesOfRecordsThatWereNeverAddedFail() {
        Interaction unknown = newInteraction();
        Conversation unknownConversation = Conversation.begin(ScriptedIdGenerator.random(), unknown.id(), T0);

        assertThatThrownBy(() -> a.interactions().update(unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(unknown.id().value());
        assertThatThrownBy(() -> a.conversations().update(unknownConversation))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(unknownConversation.id().value());
    }

    private static Interaction newInteraction() {
        return Interaction.open(ScriptedIdGenerator.random(), CallerDetails.of("+14089178877", null, null, null, null), T0);
    }

    private long messageDocumentsOf(Conversation conversation) {
        return instanceA.collection(MongoStore.MESSAGES)
                .countDocuments(eq(MessageDocuments.CONVERSATION_ID, conversation.id().value()));
    }

    /** Message documents whose batch the interaction does not list: what a crash or a lost commit left behind. */
    private long unpublishedMessagesOf(Conversation conversation) {
        List<String> published = InteractionDocuments.batches(instanceA.store().findInteraction(conversation.interactionId()));
        return instanceA.collection(MongoStore.MESSAGES).countDocuments(and(
                eq(MessageDocuments.CONVERSATION_ID, conversation.id().value()), nin(MessageDocuments.BATCH_ID, published)));
    }
}
