package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's three collections and every statement it sends to them. Reads here see committed state only; what a
 * unit of work has not committed yet lives in its {@link UnitOfChanges}. How the collections make a batch
 * all-or-nothing without transactions is explained in the package documentation.
 */
final class MongoStore {

    static final String INTERACTIONS = "interactions";
    static final String MESSAGES = "transcript_messages";
    static final String PENDING_BATCHES = "pending_batches";

    private static final Logger LOG = LoggerFactory.getLogger(MongoStore.class);

    final MongoCollection<Document> interactions;
    final MongoCollection<Document> messages;
    final MongoCollection<Document> pendingBatches;

    MongoStore(MongoDatabase database) {
        this.interactions = database.getCollection(INTERACTIONS);
        this.messages = database.getCollection(MESSAGES);
        this.pendingBatches = database.getCollection(PENDING_BATCHES);
    }

    /** Creates the indexes the statements below rely on; creating an index that exists changes nothing. */
    void createIndexes() {
        interactions.createIndex(Indexes.compoundIndex(Indexes.ascending(InteractionDocuments.CLIENT_SESSION_ID),
                Indexes.descending(InteractionDocuments.OPENED_AT, InteractionDocuments.ID)));
        // Sparse: interactions without a conversation are not in the index, so they do not collide on "no id".
        interactions.createIndex(Indexes.ascending(InteractionDocuments.CONVERSATION_ID),
                new IndexOptions().unique(true).sparse(true));
        messages.createIndex(Indexes.ascending(MessageDocuments.CONVERSATION_ID, MessageDocuments.BEGIN,
                MessageDocuments.END, MessageDocuments.SEQUENCE));
        messages.createIndex(Indexes.ascending(MessageDocuments.CONVERSATION_ID, MessageDocuments.DEDUP_KEY));
        messages.createIndex(Indexes.ascending(MessageDocuments.BATCH_ID));
        pendingBatches.createIndex(Indexes.ascending(PendingBatches.CREATED_AT));
    }

    Document findInteraction(SysId id) {
        return interactions.find(eq(InteractionDocuments.ID, id.value())).first();
    }

    Document findInteractionByConversation(SysId conversationId) {
        return interactions.find(eq(InteractionDocuments.CONVERSATION_ID, conversationId.value())).first();
    }

    /** The id only breaks ties between interactions opened in the same millisecond, so that the answer is stable. */
    Optional<SysId> findLatestIdByClientSessionId(String clientSessionId) {
        Document latest = interactions.find(eq(InteractionDocuments.CLIENT_SESSION_ID, clientSessionId))
                .sort(orderBy(descending(InteractionDocuments.OPENED_AT), descending(InteractionDocuments.ID)))
                .projection(include(InteractionDocuments.ID))
                .first();
        return Optional.ofNullable(latest).map(document -> SysId.of(document.getString(InteractionDocuments.ID)));
    }

    /** One page of the conversation's committed messages, in read order. */
    List<TranscriptMessage> committedPage(SysId conversationId, PageRequest page) {
        Document interaction = interactions.find(eq(InteractionDocuments.CONVERSATION_ID, conversationId.value()))
                .projection(include(InteractionDocuments.BATCHES))
                .first();
        if (interaction == null || InteractionDocuments.batches(interaction).isEmpty()) {
            return List.of();
        }
        return messages.find(and(eq(MessageDocuments.CONVERSATION_ID, conversationId.value()),
                        in(MessageDocuments.BATCH_ID, InteractionDocuments.batches(interaction))))
                .sort(ascending(MessageDocuments.BEGIN, MessageDocuments.END, MessageDocuments.SEQUENCE))
                .skip((int) Math.min(page.offset(), Integer.MAX_VALUE))
                .limit(page.limit())
                .map(MessageDocuments::toMessage)
                .into(new ArrayList<>());
    }

    /**
     * Makes one unit's changes to one interaction visible, or reports that another unit changed the interaction
     * since this unit read it (false: nothing became visible, the caller runs the unit again).
     *
     * <ol>
     *   <li>The unit's messages are written first, tagged with a new batch id that no reader looks for yet, next to
     *       a note in {@code pending_batches} in case this instance dies before step 3.</li>
     *   <li>A new interaction is inserted, an existing one updated only if its {@code version} is still the one the
     *       unit read (compare-and-set); either single-document write also adds the batch id to {@code batches},
     *       which is the moment the messages become visible, together with the new counts and state.</li>
     *   <li>The note is removed; a losing unit removes its messages as well.</li>
     * </ol>
     */
    boolean commit(TrackedInteraction change) {
        String batchId = change.messages().isEmpty() ? null : new ObjectId().toHexString();
        if (batchId != null) {
            writeBatch(batchId, change);
        }
        boolean committed;
        try {
            committed = change.isNew() ? insert(change, batchId) : compareAndSet(change, batchId);
        } catch (MongoWriteException e) {
            // The server refused the write, so none of it applied and the batch can go. After any other failure the
            // write may have applied, so the batch stays for the sweeper, which can tell from the interaction.
            discardBatch(batchId);
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new IllegalStateException("interaction " + change.id() + " or its conversation is already stored", e);
            }
            throw e;
        }
        if (!committed) {
            discardBatch(batchId);
        } else if (batchId != null) {
            forgetPendingBatch(batchId);
        }
        return committed;
    }

    private void writeBatch(String batchId, TrackedInteraction change) {
        pendingBatches.insertOne(PendingBatches.note(batchId, change.id(), new Date()));
        try {
            messages.insertMany(change.messages().stream()
                    .map(message -> MessageDocuments.toDocument(message).append(MessageDocuments.BATCH_ID, batchId))
                    .toList());
        } catch (MongoException e) {
            discardBatch(batchId);
            throw e;
        }
    }

    private boolean insert(TrackedInteraction change, String batchId) {
        interactions.insertOne(new Document(change.current())
                .append(InteractionDocuments.VERSION, 1L)
                .append(InteractionDocuments.BATCHES, batchId == null ? List.of() : List.of(batchId))
                .append(InteractionDocuments.DEDUP_KEYS, dedupKeys(change)));
        return true;
    }

    private static List<String> dedupKeys(TrackedInteraction change) {
        return change.messages().stream().map(TranscriptMessage::deduplicationKey).toList();
    }

    private boolean compareAndSet(TrackedInteraction change, String batchId) {
        long version = change.storedVersion();
        Document fields = new Document(change.current());
        fields.remove(InteractionDocuments.ID);
        fields.remove(InteractionDocuments.BATCHES);
        fields.remove(InteractionDocuments.DEDUP_KEYS);
        fields.put(InteractionDocuments.VERSION, version + 1);
        Document update = new Document("$set", fields);
        if (batchId != null) {
            update.append("$push", new Document(InteractionDocuments.BATCHES, batchId)
                    .append(InteractionDocuments.DEDUP_KEYS, new Document("$each", dedupKeys(change))));
        }
        return interactions.updateOne(and(eq(InteractionDocuments.ID, change.id().value()),
                eq(InteractionDocuments.VERSION, version)), update).getMatchedCount() == 1;
    }

    /** Removes an uncommitted batch. Best effort: whatever is left is invisible, and the sweeper removes it later. */
    void discardBatch(String batchId) {
        if (batchId == null) {
            return;
        }
        try {
            messages.deleteMany(eq(MessageDocuments.BATCH_ID, batchId));
            pendingBatches.deleteOne(eq(PendingBatches.ID, batchId));
        } catch (MongoException e) {
            LOG.warn("Could not remove uncommitted message batch {}; the next sweep will: {}", batchId, e.getMessage());
        }
    }

    private void forgetPendingBatch(String batchId) {
        try {
            pendingBatches.deleteOne(eq(PendingBatches.ID, batchId));
        } catch (MongoException e) {
            LOG.warn("Could not remove the note of committed batch {}; the next sweep will: {}", batchId, e.getMessage());
        }
    }
}
