package dev.switchboard.adapter.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one unit's change to one interaction visible without a transaction: its messages are written first under a
 * batch id no reader looks for, then one compare-and-set on the interaction document publishes them together with
 * the new state (the steps and their guarantees are in docs/storage.md).
 */
final class BatchCommit {

    private static final Logger LOG = LoggerFactory.getLogger(BatchCommit.class);

    private final MongoStore store;

    BatchCommit(MongoStore store) {
        this.store = store;
    }

    /** @return false when another unit changed the interaction since this one read it; nothing became visible then */
    boolean commit(TrackedInteraction change) {
        if (change.messages().isEmpty()) {
            return publish(change, null);
        }
        String batchId = writeBatch(change);
        boolean committed = publish(change, batchId);
        if (committed) {
            bestEffort(() -> store.deleteNote(batchId), "the note of committed batch " + batchId);
        } else {
            discard(batchId);
        }
        return committed;
    }

    /** The note goes first, so that the sweeper finds the messages if this instance dies before publishing them. */
    private String writeBatch(TrackedInteraction change) {
        String batchId = new ObjectId().toHexString();
        store.insertNote(PendingBatches.note(batchId, change.id(), new Date()));
        try {
            store.insertMessages(change.messages().stream()
                    .map(message -> MessageDocuments.toDocument(message, batchId)).toList());
        } catch (MongoException e) {
            discard(batchId);
            throw e;
        }
        return batchId;
    }

    private boolean publish(TrackedInteraction change, String batchId) {
        try {
            if (change.isNew()) {
                store.insertInteraction(inserted(change, batchId));
                return true;
            }
            return store.updateInteraction(change.id(), change.storedVersion(), compareAndSet(change, batchId));
        } catch (MongoWriteException e) {
            // The server refused the write, so none of it applied and the batch can go. After any other failure the
            // write may have applied, so the batch stays for the sweeper, which can tell from the interaction.
            if (batchId != null) {
                discard(batchId);
            }
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateRecordException("interaction " + change.id() + " or its conversation is already stored", e);
            }
            throw e;
        }
    }

    private static Document inserted(TrackedInteraction change, String batchId) {
        return new Document(change.current())
                .append(InteractionDocuments.VERSION, 1L)
                .append(InteractionDocuments.BATCHES, batchId == null ? List.of() : List.of(batchId))
                .append(InteractionDocuments.DEDUP_KEYS, change.appendedKeys());
    }

    /** Sets every field and moves the version on; with a batch, also appends its id and its messages' keys. */
    private static Document compareAndSet(TrackedInteraction change, String batchId) {
        Document fields = new Document(change.current());
        fields.remove(InteractionDocuments.ID);
        fields.remove(InteractionDocuments.BATCHES);
        fields.remove(InteractionDocuments.DEDUP_KEYS);
        fields.put(InteractionDocuments.VERSION, change.storedVersion() + 1);
        Document update = new Document("$set", fields);
        if (batchId != null) {
            update.append("$push", new Document(InteractionDocuments.BATCHES, batchId)
                    .append(InteractionDocuments.DEDUP_KEYS, new Document("$each", change.appendedKeys())));
        }
        return update;
    }

    private void discard(String batchId) {
        bestEffort(() -> store.deleteBatch(batchId), "uncommitted message batch " + batchId);
    }

    /** Whatever a failed clean-up leaves is invisible to readers, and the next sweep removes it. */
    private static void bestEffort(Runnable cleanUp, String what) {
        try {
            cleanUp.run();
        } catch (MongoException e) {
            LOG.warn("Could not remove {}; the next sweep will: {}", what, e.getMessage());
        }
    }
}
