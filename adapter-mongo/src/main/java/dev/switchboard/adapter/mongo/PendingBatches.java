package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.shared.SysId;
import java.util.Date;
import org.bson.Document;

/**
 * The notes of the {@code pending_batches} collection: a batch of messages written and not yet known to be
 * committed. {@code { _id: batch id, interactionId, createdAt }}
 */
final class PendingBatches {

    static final String ID = "_id";
    static final String INTERACTION_ID = "interactionId";
    static final String CREATED_AT = "createdAt";

    private PendingBatches() {
    }

    static Document note(String batchId, SysId interactionId, Date createdAt) {
        return new Document(ID, batchId).append(INTERACTION_ID, interactionId.value()).append(CREATED_AT, createdAt);
    }
}
