package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import dev.switchboard.application.port.out.DuplicateRecordException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the deliveries that an interaction or bot session document carries ({@link OutboxDocuments#CARRIED}) into
 * {@code webhook_deliveries}, where dispatchers claim them, then takes them off the document.
 *
 * <p>It may run any number of times, anywhere, at the same time: a delivery's id is its {@code _id}, so a second insert
 * of it fails and changes nothing, and a delivery leaves its document only once it is in the collection. The unit
 * that committed relays at once; when it died first, the next commit on the same document or the next claim of any
 * dispatcher ({@link #relayStranded}) does. Deliveries are inserted in the order the document holds them, each only
 * once the one before it is in the collection, so a delivery is never claimable while an earlier one of its
 * conversation is still on its way.
 */
final class OutboxRelay {

    /** Documents looked at per collection and claim: a crash strands the deliveries of the few units in flight. */
    private static final int STRANDED_PER_CLAIM = 100;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoStore store;

    OutboxRelay(MongoStore store) {
        this.store = store;
    }

    /**
     * After a commit: relays what the document carries. The commit is done and the request may be answered whatever
     * happens here, so a failure is only logged; the deliveries stay on the document for the next relay.
     */
    void relayCommitted(MongoCollection<Document> carrier, Object carrierId, List<Document> carried) {
        if (carried.isEmpty()) {
            return;
        }
        try {
            relay(carrier, carrierId, carried);
        } catch (MongoException e) {
            LOG.warn("Could not relay {} committed webhook deliveries of {} {} now; the next claim will: {}",
                    carried.size(), carrier.getNamespace().getCollectionName(), carrierId, e.getMessage());
        }
    }

    /** Relays the deliveries that commits left on their documents, for instance because their instance died. */
    void relayStranded() {
        for (MongoCollection<Document> carrier : store.carriers()) {
            List<Document> stranded = carrier.find(exists(OutboxDocuments.CARRIED + "." + OutboxDocuments.ID))
                    .projection(include(OutboxDocuments.ID, OutboxDocuments.CARRIED))
                    .limit(STRANDED_PER_CLAIM)
                    .into(new ArrayList<>());
            for (Document document : stranded) {
                relay(carrier, document.get(OutboxDocuments.ID), OutboxDocuments.carried(document));
            }
        }
    }

    /**
     * Deliveries that no document carries (a unit that changed none, or an append outside a unit): inserted as they
     * are, all or, when one of their ids is stored already, none.
     *
     * @throws DuplicateRecordException if a delivery with one of these ids is stored
     */
    void insert(List<Document> deliveries) {
        List<Object> ids = deliveries.stream().map(delivery -> delivery.get(OutboxDocuments.ID)).toList();
        if (store.deliveries().find(in(OutboxDocuments.ID, ids)).first() != null) {
            throw new DuplicateRecordException("one of the deliveries " + ids + " is already stored");
        }
        try {
            store.deliveries().insertMany(deliveries);
        } catch (MongoBulkWriteException e) {
            if (isDuplicate(firstError(e))) {
                throw new DuplicateRecordException("one of the deliveries " + ids + " is already stored", e);
            }
            throw e;
        }
    }

    private void relay(MongoCollection<Document> carrier, Object carrierId, List<Document> carried) {
        insertInOrder(carried);
        List<Object> ids = carried.stream().map(delivery -> delivery.get(OutboxDocuments.ID)).toList();
        // Not fenced by the document's version: taking relayed deliveries off changes nothing a unit reads.
        carrier.updateOne(eq(OutboxDocuments.ID, carrierId), new Document("$pull", new Document(
                OutboxDocuments.CARRIED, new Document(OutboxDocuments.ID, new Document("$in", ids)))));
    }

    /** An ordered insert stops at the first failure; a delivery relayed before is skipped, and the rest go on. */
    private void insertInOrder(List<Document> deliveries) {
        List<Document> left = deliveries;
        while (!left.isEmpty()) {
            try {
                store.deliveries().insertMany(left);
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = firstError(e);
                if (!isDuplicate(error)) {
                    throw e;
                }
                left = left.subList(error.getIndex() + 1, left.size());
            }
        }
    }

    /** Null when the server wrote everything but could not confirm the write concern. */
    private static BulkWriteError firstError(MongoBulkWriteException e) {
        return e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
    }

    private static boolean isDuplicate(BulkWriteError error) {
        return error != null && error.getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
