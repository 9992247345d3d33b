package dev.switchboard.adapter.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one unit's change to one interaction visible without a transaction, in two writes: its messages first, under
 * a batch id no reader looks for, then one compare-and-set on the interaction document that publishes them together
 * with the new state and carries the unit's webhook deliveries, which {@link OutboxRelay} then moves to the outbox (the
 * steps and their guarantees are in docs/storage.md).
 */
final class BatchCommit {

    private static final Logger LOG = LoggerFactory.getLogger(BatchCommit.class);

    private final MongoStore store;
    private final OutboxRelay relay;

    BatchCommit(MongoStore store, OutboxRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    /**
     * @param deliveries the unit's webhook deliveries, numbered ({@link OutboxSequence}), to carry in the commit
     * @return false when another unit changed the interaction since this one read it; nothing became visible then
     */
    boolean commit(TrackedInteraction change, List<Document> deliveries) {
        boolean committed;
        if (change.messages().isEmpty()) {
            committed = publish(change, null, deliveries);
        } else {
            long writing = System.nanoTime();
            String batchId = writeBatch(change);
            committed = inTime(writing) && publish(change, batchId, deliveries);
            if (!committed) {
                discard(batchId);
            }
        }
        if (committed) {
            // What the document carried when the unit read it (left there by a crash) goes before the unit's own.
            List<Document> carried = new ArrayList<>(OutboxDocuments.carried(change.stored()));
            carried.addAll(deliveries);
            relay.relayCommitted(store.interactions(), change.id().value(), carried);
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
    boolean publish(TrackedInteraction change, String batchId, List<Document> deliveries) {
        try {
            if (change.isNew()) {
                store.insertInteraction(inserted(change, batchId, deliveries));
                return true;
            }
            return store.updateInteraction(change.id(), change.storedVersion(),
                    compareAndSet(change, batchId, deliveries));
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

    private static Document inserted(TrackedInteraction change, String batchId, List<Document> deliveries) {
        Document inserted = new Document(change.current())
                .append(InteractionDocuments.VERSION, 1L)
                .append(InteractionDocuments.BATCHES, batchId == null ? List.of() : List.of(batchId))
                .append(InteractionDocuments.DEDUP_KEYS, change.appendedKeys());
        if (!deliveries.isEmpty()) {
            inserted.append(OutboxDocuments.CARRIED, deliveries);
        }
        return inserted;
    }

    /**
     * Sets every field and moves the version on; with a batch, also appends its id and its messages' keys; with
     * deliveries, appends them to those the document carries. The lists are never set as read: a relay may have
     * taken deliveries off since.
     */
    private static Document compareAndSet(TrackedInteraction change, String batchId, List<Document> deliveries) {
        Document fields = new Document(change.current());
        fields.remove(InteractionDocuments.ID);
        fields.remove(InteractionDocuments.BATCHES);
        fields.remove(InteractionDocuments.DEDUP_KEYS);
        fields.remove(OutboxDocuments.CARRIED);
        fields.put(InteractionDocuments.VERSION, change.storedVersion() + 1);
        Document update = new Document("$set", fields);
        Document push = new Document();
        if (batchId != null) {
            push.append(InteractionDocuments.BATCHES, batchId)
                    .append(InteractionDocuments.DEDUP_KEYS, new Document("$each", change.appendedKeys()));
        }
        if (!deliveries.isEmpty()) {
            push.append(OutboxDocuments.CARRIED, new Document("$each", deliveries));
        }
        if (!push.isEmpty()) {
            update.append("$push", push);
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
