package dev.switchboard.bench.floor;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import dev.switchboard.bench.load.ScriptedMessage;
import dev.switchboard.bench.load.TranscriptScript;
import dev.switchboard.bench.load.Workload;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The cost floor of the Mongo store: one {@code insertMany} per request of the message documents the Mongo adapter
 * writes (same collection, same fields, so the adapter's indexes apply), and nothing else: no read of the
 * interaction, no deduplication query, no commit step on the interaction document.
 */
public final class MongoFloor implements Workload {

    /** The Mongo adapter's message collection (adapter-mongo, MessageDocuments). */
    static final String COLLECTION = "transcript_messages";

    private final MongoCollection<Document> messages;

    public MongoFloor(MongoClient client, String database) {
        this.messages = client.getDatabase(database).getCollection(COLLECTION);
    }

    @Override
    public Session open(int caller, int batchSize) {
        return new MongoSession(StoredValues.sysId(), batchSize);
    }

    private final class MongoSession implements Session {
        private final String conversationId;
        private final int batchSize;
        private final TranscriptScript script = new TranscriptScript();
        private long sequence;

        MongoSession(String conversationId, int batchSize) {
            this.conversationId = conversationId;
            this.batchSize = batchSize;
        }

        @Override
        public void sendBatch() {
            String batchId = StoredValues.sysId();
            Date now = new Date();
            List<Document> batch = new ArrayList<>(batchSize);
            for (ScriptedMessage message : script.next(batchSize)) {
                batch.add(new Document("_id", StoredValues.sysId())
                        .append("conversationId", conversationId)
                        .append("batchId", batchId)
                        .append("sequence", ++sequence)
                        .append("participant", message.participant())
                        .append("content", message.content())
                        .append("beginOffsetMillis", message.beginOffsetMillis())
                        .append("endOffsetMillis", message.endOffsetMillis())
                        .append("sentiment", message.storedSentiment())
                        .append("loudnessScore", null)
                        .append("internal", false)
                        .append("event", false)
                        .append("sourceMessageId", message.sourceId())
                        .append("attributesJson", "[]")
                        .append("dedupKey", StoredValues.deduplicationKey(message))
                        .append("receivedAt", now));
            }
            messages.insertMany(batch);
        }

        @Override
        public void close() {
            // the client is shared by all callers and closed by the store
        }
    }
}
