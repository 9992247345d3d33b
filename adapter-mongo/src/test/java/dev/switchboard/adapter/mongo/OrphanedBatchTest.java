package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static dev.switchboard.adapter.mongo.TestRecords.T0;
import static dev.switchboard.adapter.mongo.TestRecords.appendLocked;
import static dev.switchboard.adapter.mongo.TestRecords.storedConversation;
import static dev.switchboard.adapter.mongo.TestRecords.utterance;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * A batch whose unit died between writing its messages and committing them: nobody sees it, it blocks no re-send,
 * and a sweep once it is older than the grace period removes it (and nothing else), from what the messages carry
 * alone. A unit that was only stalled, not dead, cannot publish its batch after the sweep removed it.
 */
class OrphanedBatchTest {

    private static final PageRequest ALL = new PageRequest(0, 100);
    /** A sweep that finds every batch written so far past its grace period. */
    private static final Duration PAST_GRACE = OrphanSweeper.GRACE.plusMinutes(1);

    /** A database per test: a sweep looks at every batch in it, and must find this test's only. */
    private final MongoStorage mongo = MongoStorage.on(InProcessMongo.database("orphans-" + new ObjectId()));
    private final StorageFixture storage = mongo.ports();
    private final MongoStore store = mongo.store();
    private final MongoCollection<Document> messages = mongo.collection(MongoStore.MESSAGES);

    /** The first of the commit's two writes, as a unit makes it, and then nothing: the process died. */
    private record Dead(TrackedInteraction change, String batchId) {
    }

    @Test
    void aUnitThatDiesBetweenItsTwoWritesLeavesNothingVisibleAndTheSweepRemovesItsBatch() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Utterance lost = utterance(10, "written, never committed");

        Dead dead = diesBetweenItsTwoWrites(conversation, lost);

        assertThat(messages.find(eq(MessageDocuments.BATCH_ID, dead.batchId())).into(new ArrayList<>()))
                .singleElement().satisfies(message -> {
                    assertThat(message.getString(MessageDocuments.INTERACTION_ID))
                            .isEqualTo(conversation.interactionId().value());
                    assertThat(message.getDate(MessageDocuments.WRITTEN_AT)).isNotNull();
                });
        assertThatOnlyCommittedIsSeen(conversation);
        assertThat(new OrphanSweeper(store).sweep(Instant.now())).as("still within its grace period").isZero();

        assertThat(new OrphanSweeper(store).sweep(Instant.now().plus(PAST_GRACE))).isOne();

        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, dead.batchId()))).isZero();
        assertThatOnlyCommittedIsSeen(conversation);
        assertThat(messages.countDocuments(eq(MessageDocuments.CONVERSATION_ID, conversation.id().value())))
                .as("the committed message stays").isOne();
    }

    @Test
    void aUnitStalledBetweenItsTwoWritesCannotPublishABatchTheSweepRemoved() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Dead stalled = diesBetweenItsTwoWrites(conversation, utterance(10, "stalled for longer than the grace"));

        new OrphanSweeper(store).sweep(Instant.now().plus(PAST_GRACE));
        boolean published = new BatchCommit(store, new OutboxRelay(store))
                .publish(stalled.change(), stalled.batchId(), List.of());

        assertThat(published).as("the sweep moved the version on").isFalse();
        assertThatOnlyCommittedIsSeen(conversation);
        assertThat(InteractionDocuments.batches(store.findInteraction(conversation.interactionId())))
                .doesNotContain(stalled.batchId());
    }

    @Test
    void anUncommittedBatchDoesNotBlockARetry() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Utterance lost = utterance(10, "written, never committed");
        diesBetweenItsTwoWrites(conversation, lost);

        appendLocked(storage, conversation, lost);

        assertThat(contents(conversation)).containsExactly("committed", "written, never committed");
        assertThat(storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isEqualTo(2);
    }

    @Test
    void theSweepRemovesOldOrphansOnlyAndFencesTheirInteraction() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Instant now = Instant.now();
        String old = orphan(conversation.interactionId(), message(conversation, utterance(10, "an hour ago")),
                now.minus(Duration.ofHours(1)));
        String recent = orphan(conversation.interactionId(), message(conversation, utterance(20, "maybe still committing")),
                now);
        long versionBefore = version(conversation);

        assertThat(new OrphanSweeper(store).sweep(now)).isOne();

        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, old))).isZero();
        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, recent))).isOne();
        assertThat(contents(conversation)).containsExactly("committed");
        assertThat(version(conversation)).as("fenced against a late commit of the removed batch")
                .isGreaterThan(versionBefore);
    }

    /** Committed batches leave the sweep's index, so that a sweep reads only the last few minutes' batches. */
    @Test
    void theSweepMarksCommittedBatchesCheckedAndKeepsThem() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        long versionBefore = version(conversation);

        assertThat(new OrphanSweeper(store).sweep(Instant.now().plus(PAST_GRACE))).isZero();

        assertThat(contents(conversation)).containsExactly("committed");
        assertThat(messages.countDocuments(and(eq(MessageDocuments.CONVERSATION_ID, conversation.id().value()),
                exists(MessageDocuments.WRITTEN_AT)))).isZero();
        assertThat(version(conversation)).as("a committed batch needs no fence").isEqualTo(versionBefore);
    }

    @Test
    void theSweepRemovesABatchForAnInteractionThatWasNeverStored() {
        Conversation conversation = storedConversation(storage);
        SysId neverStored = ScriptedIdGenerator.random();
        String batchId = orphan(neverStored, message(conversation, utterance(0, "its interaction never came")),
                Instant.now().minus(Duration.ofHours(1)));

        assertThat(new OrphanSweeper(store).sweep(Instant.now())).isOne();

        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, batchId))).isZero();
    }

    /** More unchecked messages than one round reads: the sweep goes on until none is left. */
    @Test
    void theSweepGoesOnForAsManyRoundsAsItNeeds() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        int batches = OrphanSweeper.ROUND * 3 / 4;
        for (int batch = 0; batch < batches; batch++) {
            MessageDocuments.Batch stamp = new MessageDocuments.Batch(new ObjectId().toHexString(),
                    conversation.interactionId(), Date.from(anHourAgo));
            store.insertMessages(List.of(
                    MessageDocuments.toDocument(message(conversation, utterance(batch * 10L + 1, "a")), stamp),
                    MessageDocuments.toDocument(message(conversation, utterance(batch * 10L + 2, "b")), stamp)));
        }

        assertThat(new OrphanSweeper(store).sweep(Instant.now().plus(PAST_GRACE))).isEqualTo(batches);

        assertThat(messages.countDocuments(eq(MessageDocuments.CONVERSATION_ID, conversation.id().value()))).isOne();
        assertThat(contents(conversation)).containsExactly("committed");
    }

    /** The unit's own first write, through the adapter's code, for a change the ports recorded. */
    private Dead diesBetweenItsTwoWrites(Conversation conversation, Utterance utterance) {
        UnitOfChanges unit = new UnitOfChanges(store);
        Conversation current = ConversationDocuments.fromInteraction(
                unit.interaction(conversation.interactionId()).orElseThrow());
        unit.addMessages(List.of(current.append(ScriptedIdGenerator.random(), utterance, T0)));
        unit.updateConversation(conversation.interactionId(), ConversationDocuments.toDocument(current));
        TrackedInteraction change = unit.change().orElseThrow();
        return new Dead(change, new BatchCommit(store, new OutboxRelay(store)).writeBatch(change));
    }

    /** A batch of one message, as the first write leaves it, stamped with the given time of writing. */
    private String orphan(SysId interactionId, TranscriptMessage message, Instant writtenAt) {
        MessageDocuments.Batch batch = new MessageDocuments.Batch(new ObjectId().toHexString(), interactionId,
                Date.from(writtenAt));
        store.insertMessages(List.of(MessageDocuments.toDocument(message, batch)));
        return batch.id();
    }

    private TranscriptMessage message(Conversation conversation, Utterance utterance) {
        Conversation copy = storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow();
        return copy.append(ScriptedIdGenerator.random(), utterance, T0);
    }

    /** Every reader's view: the page, the count, and the duplicate check. */
    private void assertThatOnlyCommittedIsSeen(Conversation conversation) {
        assertThat(contents(conversation)).containsExactly("committed");
        assertThat(storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isOne();
        String committedKey = storage.messages().findPage(conversation.id(), ALL).get(0).deduplicationKey();
        List<String> keys = messages.find(eq(MessageDocuments.CONVERSATION_ID, conversation.id().value()))
                .map(document -> MessageDocuments.toMessage(document).deduplicationKey()).into(new ArrayList<>());
        assertThat(storage.messages().findExistingKeys(conversation.id(), keys)).containsExactly(committedKey);
    }

    private List<String> contents(Conversation conversation) {
        return storage.messages().findPage(conversation.id(), ALL).stream()
                .map(message -> message.utterance().content()).toList();
    }

    private long version(Conversation conversation) {
        return InteractionDocuments.version(store.findInteraction(conversation.interactionId()));
    }
}
