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
 * Makes one unit's change to one interaction visible without a transaction, in two writes: its messages first, under
 * a batch id no reader looks for, then one compare-and-set on the interaction document that publishes them together
 * with the new state (the steps and their guarantees are in docs/storage.md).
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
        long writing = System.nanoTime();
        String batchId = writeBatch(change);
        boolean committed = inTime(writing) && publish(change, batchId);
        if (!committed) {
            discard(batchId);
        }
        return committed;
    }

    /**
     * Step one: the messages, invisible until {@link #publish} names their batch. Each carries the batch id, the
     * interaction and the time, so that if this instance dies before publishing, the sweep finds them without a note.
     *
     * @return the batch id
     */
    String writeBatch(TrackedInteraction change) {
        MessageDocuments.Batch batch = new MessageDocuments.Batch(new ObjectId().toHexString(), change.id(), new Date());
        try {
            store.insertMessages(change.messages().stream()
                    .map(message -> MessageDocuments.toDocument(message, batch)).toList());
        } catch (MongoException e) {
            discard(batch.id());
            throw e;
        }
        return batch.id();
    }

    /**
     * Step two: the compare-and-set that makes the batch (if any) and the new state visible in one write.
     *
     * @return false when another unit changed the interaction since this one read it
     */
    boolean publish(TrackedInteraction change, String batchId) {
        try {
            if (change.isNew()) {
                store.insertInteraction(inserted(change, batchId));
                return true;
            }
            return store.updateInteraction(change.id(), change.storedVersion(), compareAndSet(change, batchId));
        } catch (MongoWriteException e) {
            // The server refused the write, so none of it applied and the batch can go. After any other failure the
            // write may have applied, so the batch stays for the sweep, which can tell from the interaction.
            if (batchId != null) {
                discard(batchId);
            }
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateRecordException("interaction " + change.id() + " or its conversation is already stored", e);
            }
            throw e;
        }
    }

    /**
     * Whether the unit may still publish the batch it started writing at {@code writing}: not after half the sweep's
     * grace, when a sweep may be about to remove the batch. For an interaction that exists, the sweep's fence would
     * make the compare-and-set fail anyway; for one this unit inserts, there is no document to fence, so this is the
     * guard. A unit refused here runs again like one that lost, within its time budget, which is long spent by then.
     */
    private static boolean inTime(long writing) {
        return System.nanoTime() - writing < OrphanSweeper.GRACE.toNanos() / 2;
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

    /** Whatever a failed clean-up leaves is invisible to readers, and a later sweep removes it. */
    private void discard(String batchId) {
        try {
            store.deleteBatch(batchId);
        } catch (MongoException e) {
            LOG.warn("Could not remove uncommitted message batch {}; a later sweep will: {}", batchId, e.getMessage());
        }
    }
}
