package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes message batches whose unit of work never finished its commit (the instance died between writing the
 * messages and updating the interaction). Such batches are invisible to every reader already; this only gives the
 * space back. It runs when the adapter starts, so the instance that replaces a crashed one cleans up after it.
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
        List<Document> notes = store.pendingBatches.find(lt(PendingBatches.CREATED_AT, Date.from(now.minus(GRACE))))
                .into(new ArrayList<>());
        int removed = 0;
        for (Document note : notes) {
            if (sweep(note)) {
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} message batches left uncommitted by an earlier crash", removed);
        }
        return removed;
    }

    private boolean sweep(Document note) {
        String batchId = note.getString(PendingBatches.ID);
        String interactionId = note.getString(PendingBatches.INTERACTION_ID);
        Document interaction = store.interactions.find(eq(InteractionDocuments.ID, interactionId))
                .projection(include(InteractionDocuments.VERSION, InteractionDocuments.BATCHES))
                .first();
        if (interaction != null && InteractionDocuments.batches(interaction).contains(batchId)) {
            // Committed; only the note was left behind.
            store.pendingBatches.deleteOne(eq(PendingBatches.ID, batchId));
            return false;
        }
        if (interaction != null) {
            // Moving the version on makes sure that a unit stalled between its two writes can no longer commit the
            // batch about to be removed: its compare-and-set now fails and it runs again.
            long version = interaction.getLong(InteractionDocuments.VERSION);
            boolean fenced = store.interactions.updateOne(
                    and(eq(InteractionDocuments.ID, interactionId), eq(InteractionDocuments.VERSION, version)),
                    Updates.inc(InteractionDocuments.VERSION, 1L)).getMatchedCount() == 1;
            if (!fenced) {
                return false; // the interaction changed meanwhile: look again at the next sweep
            }
        }
        store.discardBatch(batchId);
        return true;
    }
}
