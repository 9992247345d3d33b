package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * A batch whose unit died between writing its messages and committing them: nobody sees it, it blocks no re-send,
 * and the sweep at start removes it (and nothing else).
 */
class OrphanedBatchTest {

    private static final PageRequest ALL = new PageRequest(0, 100);

    private final MongoStorage mongo = MongoStorage.on(InProcessMongo.database("orphans"));
    private final StorageFixture storage = mongo.ports();
    private final MongoStore store = mongo.store();
    private final MongoCollection<Document> messages = mongo.collection(MongoStore.MESSAGES);
    private final MongoCollection<Document> notes = mongo.collection(MongoStore.PENDING_BATCHES);

    @Test
    void anUncommittedBatchIsInvisibleAndDoesNotBlockARetry() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        Utterance lost = utterance(10, "written, never committed");
        orphan(conversation, lost, Instant.now());

        assertThat(contents(conversation)).containsExactly("committed");
        assertThat(storage.messages().findExistingKeys(conversation.id(), List.of(lost.deduplicationKey()))).isEmpty();

        appendLocked(storage, conversation, lost);

        assertThat(contents(conversation)).containsExactly("committed", "written, never committed");
        assertThat(storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isEqualTo(2);
    }

    @Test
    void theSweepRemovesOldOrphansOnly() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed"));
        String old = orphan(conversation, utterance(10, "orphaned an hour ago"), Instant.now().minus(Duration.ofHours(1)));
        String recent = orphan(conversation, utterance(20, "maybe still committing"), Instant.now());
        long versionBefore = version(conversation);

        new OrphanSweeper(store).sweep(Instant.now());

        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, old))).isZero();
        assertThat(notes.countDocuments(eq(PendingBatches.ID, old))).isZero();
        assertThat(messages.countDocuments(eq(MessageDocuments.BATCH_ID, recent))).isOne();
        assertThat(contents(conversation)).containsExactly("committed");
        assertThat(version(conversation)).as("fenced against a late commit of the removed batch")
                .isGreaterThan(versionBefore);
    }

    @Test
    void theSweepKeepsABatchWhoseCommitWentThroughAndOnlyDropsItsNote() {
        Conversation conversation = storedConversation(storage);
        appendLocked(storage, conversation, utterance(0, "committed, note left behind"));
        String batchId = InteractionDocuments.batches(store.findInteraction(conversation.interactionId())).get(0);
        store.insertNote(PendingBatches.note(batchId, conversation.interactionId(),
                Date.from(Instant.now().minus(Duration.ofHours(1)))));

        new OrphanSweeper(store).sweep(Instant.now());

        assertThat(notes.countDocuments(eq(PendingBatches.ID, batchId))).isZero();
        assertThat(contents(conversation)).containsExactly("committed, note left behind");
    }

    /** Does what a unit does before its commit, then "dies": note and messages written, interaction untouched. */
    private String orphan(Conversation conversation, Utterance utterance, Instant when) {
        String batchId = new ObjectId().toHexString();
        Conversation copy = storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow();
        TranscriptMessage message = copy.append(ScriptedIdGenerator.random(), utterance, T0);
        store.insertNote(PendingBatches.note(batchId, conversation.interactionId(), Date.from(when)));
        store.insertMessages(List.of(MessageDocuments.toDocument(message, batchId)));
        return batchId;
    }

    private List<String> contents(Conversation conversation) {
        return storage.messages().findPage(conversation.id(), ALL).stream()
                .map(message -> message.utterance().content()).toList();
    }

    private long version(Conversation conversation) {
        return InteractionDocuments.version(store.findInteraction(conversation.interactionId()));
    }
}
