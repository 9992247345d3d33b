package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.shared.SysId;
import java.util.Date;
import org.bson.Document;

/** The notes of {@code pending_batches}: a batch of messages written and not yet known to be committed. */
final class PendingBatches {

    static final String ID = "_id";
    static final String INTERACTION_ID = "interactionId";
    static final String CREATED_AT = "createdAt";

    private PendingBatches() {
    }

    static Document note(String batchId, SysId interactionId, Date createdAt) {
        return new Document(ID, batchId).append(INTERACTION_ID, interactionId.value()).append(CREATED_AT, createdAt);
    }

    static String batchId(Document note) {
        return note.getString(ID);
    }

    static SysId interactionId(Document note) {
        return SysId.of(note.getString(INTERACTION_ID));
    }
}
