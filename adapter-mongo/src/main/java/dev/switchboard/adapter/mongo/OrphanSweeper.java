package dev.switchboard.adapter.mongo;

import com.mongodb.client.model.Updates;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes message batches whose unit of work died between writing them and committing them. Nobody reads them, so
 * this only gives the space back; it runs at start, so the instance that replaces a crashed one cleans up after it.
 */
final class OrphanSweeper {

    /** Far longer than any commit takes, so that a sweep never races a unit that is still committing. */
    static final Duration GRACE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);

    private final MongoStore store;

    OrphanSweeper(MongoStore store) {
        this.store = store;
    }

    /** @return how many batches were removed */
    int sweep(Instant now) {
        int removed = 0;
        for (Document note : store.notesOlderThan(now.minus(GRACE))) {
            if (sweep(PendingBatches.batchId(note), PendingBatches.interactionId(note))) {
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} message batches left uncommitted by an earlier crash", removed);
        }
        return removed;
    }

    private boolean sweep(String batchId, SysId interactionId) {
        Document interaction = store.findInteraction(interactionId);
        if (interaction != null && InteractionDocuments.batches(interaction).contains(batchId)) {
            // Committed; only the note was left behind.
            store.deleteNote(batchId);
            return false;
        }
        // Moving the version on makes sure that a unit stalled between its two writes can no longer commit the batch
        // about to be removed: its compare-and-set now fails and it runs again.
        if (interaction != null && !store.updateInteraction(interactionId, InteractionDocuments.version(interaction),
                Updates.inc(InteractionDocuments.VERSION, 1L))) {
            return false; // the interaction changed meanwhile: look again at the next sweep
        }
        store.deleteBatch(batchId);
        return true;
    }
}
