package dev.switchboard.adapter.mongo;

import com.mongodb.client.model.Updates;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes message batches whose unit of work died between writing them and committing them (nobody reads them, so
 * this only gives the space back), and marks the others as checked. It needs no note of pending batches: every
 * message carries its batch, its interaction and a time of writing, and that time stays on it only until a sweep has
 * seen the batch committed, so a sweep reads the batches of the last few minutes, not the whole collection.
 */
final class OrphanSweeper {

    /** Far longer than any commit takes, so that a sweep never races a unit that is still committing. */
    static final Duration GRACE = Duration.ofMinutes(10);

    /** Messages read per round: bounds what one round holds in memory and sends in one query. */
    static final int ROUND = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);

    private final MongoStore store;

    OrphanSweeper(MongoStore store) {
        this.store = store;
    }

    /**
     * Looks at every batch written before {@code now} minus {@link #GRACE} that no sweep has checked yet.
     *
     * @return how many batches were removed
     */
    int sweep(Instant now) {
        Instant cutoff = now.minus(GRACE);
        int removed = 0;
        while (true) {
            List<Document> unchecked = store.uncheckedMessagesWrittenBefore(cutoff, ROUND);
            Round round = round(unchecked);
            removed += round.removed();
            // A round that settled nothing met only interactions that kept changing: look again at the next sweep.
            if (unchecked.size() < ROUND || round.settled() == 0) {
                break;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} message batches that were written but never committed", removed);
        }
        return removed;
    }

    /** What a round did: batches removed, and batches settled (removed or marked checked). */
    private record Round(int removed, int settled) {
    }

    private Round round(List<Document> unchecked) {
        // By interaction, its batches among these messages (a batch may span several messages).
        Map<SysId, List<String>> batchesByInteraction = new LinkedHashMap<>();
        Map<String, SysId> ownerOfBatch = new LinkedHashMap<>();
        for (Document message : unchecked) {
            String batchId = message.getString(MessageDocuments.BATCH_ID);
            SysId interactionId = SysId.of(message.getString(MessageDocuments.INTERACTION_ID));
            if (ownerOfBatch.putIfAbsent(batchId, interactionId) == null) {
                batchesByInteraction.computeIfAbsent(interactionId, id -> new ArrayList<>()).add(batchId);
            }
        }
        if (batchesByInteraction.isEmpty()) {
            return new Round(0, 0);
        }
        Map<SysId, Document> interactions = new HashMap<>();
        for (Document interaction : store.findVersionsAndBatches(batchesByInteraction.keySet())) {
            interactions.put(SysId.of(interaction.getString(InteractionDocuments.ID)), interaction);
        }
        List<String> committed = new ArrayList<>();
        int removed = 0;
        for (Map.Entry<SysId, List<String>> entry : batchesByInteraction.entrySet()) {
            Document interaction = interactions.get(entry.getKey());
            List<String> published = interaction == null ? List.of() : InteractionDocuments.batches(interaction);
            List<String> orphans = new ArrayList<>();
            for (String batchId : entry.getValue()) {
                (published.contains(batchId) ? committed : orphans).add(batchId);
            }
            if (!orphans.isEmpty() && fence(entry.getKey(), interaction)) {
                orphans.forEach(store::deleteBatch);
                removed += orphans.size();
            }
        }
        if (!committed.isEmpty()) {
            store.markChecked(committed);
        }
        return new Round(removed, removed + committed.size());
    }

    /**
     * Moves the interaction's version on, so that a unit stalled between its two writes can no longer commit a batch
     * about to be removed: its compare-and-set now fails and it runs again with a new batch.
     *
     * @return false when the interaction changed since it was read: perhaps by the very commit of a batch thought
     *         orphaned, so the batch stays until the next sweep looks again
     */
    private boolean fence(SysId interactionId, Document interaction) {
        if (interaction == null) {
            // Never inserted: no document to fence. A unit that would insert it with this batch refuses to do so
            // this late (BatchCommit.inTime).
            return true;
        }
        return store.updateInteraction(interactionId, InteractionDocuments.version(interaction),
                Updates.inc(InteractionDocuments.VERSION, 1L));
    }
}
