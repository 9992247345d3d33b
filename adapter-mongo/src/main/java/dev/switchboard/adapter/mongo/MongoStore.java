package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The adapter's collections, their indexes, and the statements of the voice slice's units of work; the bot sessions'
 * the webhook endpoints', the voice assistants' and the outbox's statements are sent by their own classes
 * ({@link MongoBotSessions}, {@link SessionCommit}, {@link MongoWebhookEndpoints}, {@link MongoVoiceAssistants}, {@link MongoCallRecordings},
 * {@link MongoWebhookOutbox}, {@link OutboxRelay}). Reads here see committed state only; what a unit of work has not
 * committed yet lives in its {@link UnitOfChanges}.
 */
final class MongoStore {

    static final String INTERACTIONS = "interactions";
    static final String MESSAGES = "transcript_messages";
    static final String BOT_SESSIONS = "bot_sessions";
    static final String WEBHOOK_ENDPOINTS = "webhook_endpoints";
    static final String VOICE_ASSISTANTS = "voice_assistants";
    static final String RECORDING_CHUNKS = "call_recording_chunks";
    static final String DELIVERIES = "webhook_deliveries";
    static final String COUNTERS = "counters";

    private final MongoCollection<Document> interactions;
    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> botSessions;
    private final MongoCollection<Document> webhookEndpoints;
    private final MongoCollection<Document> voiceAssistants;
    private final MongoCollection<Document> recordingChunks;
    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> counters;

    MongoStore(MongoDatabase database) {
        this.interactions = database.getCollection(INTERACTIONS);
        this.messages = database.getCollection(MESSAGES);
        this.botSessions = database.getCollection(BOT_SESSIONS);
        // No index of its own: the name is the _id, and the endpoints are few and read all at once.
        this.webhookEndpoints = database.getCollection(WEBHOOK_ENDPOINTS);
        // No index of its own either: the id is the _id, and an administrator's list reads them all.
        this.voiceAssistants = database.getCollection(VOICE_ASSISTANTS);
        this.recordingChunks = database.getCollection(RECORDING_CHUNKS);
        this.deliveries = database.getCollection(DELIVERIES);
        this.counters = database.getCollection(COUNTERS);
    }

    /** Creates the indexes the statements below rely on; creating an index that exists changes nothing. */
    void createIndexes() {
        interactions.createIndex(Indexes.compoundIndex(Indexes.ascending(InteractionDocuments.CLIENT_SESSION_ID),
                Indexes.descending(InteractionDocuments.OPENED_AT, InteractionDocuments.ID)));
        // Sparse: interactions without a conversation are not in the index, so they do not collide on "no id".
        interactions.createIndex(Indexes.ascending(ConversationDocuments.ID_IN_INTERACTION),
                new IndexOptions().unique(true).sparse(true));
        messages.createIndex(Indexes.ascending(MessageDocuments.CONVERSATION_ID, MessageDocuments.BEGIN,
                MessageDocuments.END, MessageDocuments.SEQUENCE));
        messages.createIndex(Indexes.ascending(MessageDocuments.BATCH_ID));
        // Sparse: only messages the sweep has not yet seen committed carry writtenAt, so the sweep reads only those.
        messages.createIndex(Indexes.ascending(MessageDocuments.WRITTEN_AT), new IndexOptions().sparse(true));
        // One session per conversation of a channel: of two racing first messages, the second insert fails.
        botSessions.createIndex(Indexes.ascending(BotSessionDocuments.CHANNEL, BotSessionDocuments.CONVERSATION_KEY),
                new IndexOptions().unique(true));
        botSessions.createIndex(Indexes.ascending(BotSessionDocuments.AGENT_STATE, BotSessionDocuments.QUEUE,
                BotSessionDocuments.UPDATED_AT));
        // Sparse: only documents that still carry deliveries a crash kept from being relayed are in it.
        for (MongoCollection<Document> carrier : carriers()) {
            carrier.createIndex(Indexes.ascending(OutboxDocuments.CARRIED + "." + OutboxDocuments.ID),
                    new IndexOptions().sparse(true));
        }
        deliveries.createIndex(Indexes.ascending(OutboxDocuments.SEQ), new IndexOptions().unique(true));
        // The claim: due deliveries oldest first, and whether an earlier one of the same key is unfinished.
        deliveries.createIndex(Indexes.ascending(OutboxDocuments.STATE, OutboxDocuments.SEQ));
        deliveries.createIndex(Indexes.ascending(OutboxDocuments.ENDPOINT, OutboxDocuments.ORDERING_KEY,
                OutboxDocuments.STATE, OutboxDocuments.SEQ));
        // The delivery API: one endpoint's, newest first.
        deliveries.createIndex(Indexes.ascending(OutboxDocuments.ENDPOINT, OutboxDocuments.SEQ));
        // A recording's chunks in order; unique, so a chunk number is stored once.
        recordingChunks.createIndex(Indexes.ascending(MongoCallRecordings.INTERACTION_ID, MongoCallRecordings.CHUNK),
                new IndexOptions().unique(true));
    }

    MongoCollection<Document> botSessions() {
        return botSessions;
    }

    MongoCollection<Document> webhookEndpoints() {
        return webhookEndpoints;
    }

    MongoCollection<Document> voiceAssistants() {
        return voiceAssistants;
    }

    MongoCollection<Document> recordingChunks() {
        return recordingChunks;
    }

    MongoCollection<Document> deliveries() {
        return deliveries;
    }

    MongoCollection<Document> counters() {
        return counters;
    }

    /** The collections whose documents carry the deliveries of the units that commit them ({@link OutboxRelay}). */
    List<MongoCollection<Document>> carriers() {
        return List.of(interactions, botSessions);
    }

    MongoCollection<Document> interactions() {
        return interactions;
    }

    Document findInteraction(SysId id) {
        return interactions.find(eq(InteractionDocuments.ID, id.value())).first();
    }

    Document findInteractionByConversation(SysId conversationId) {
        return interactions.find(eq(ConversationDocuments.ID_IN_INTERACTION, conversationId.value())).first();
    }

    /** Newest first, in the order of {@link #findLatestIdByClientSessionId}; the index on the three serves both. */
    List<Document> findInteractionsByClientSessionId(String clientSessionId, long offset, int limit) {
        return interactions.find(eq(InteractionDocuments.CLIENT_SESSION_ID, clientSessionId))
                .sort(orderBy(descending(InteractionDocuments.OPENED_AT), descending(InteractionDocuments.ID)))
                .skip(Math.toIntExact(Math.min(offset, Integer.MAX_VALUE))).limit(limit)
                .into(new ArrayList<>());
    }

    long countInteractionsByClientSessionId(String clientSessionId) {
        return interactions.countDocuments(eq(InteractionDocuments.CLIENT_SESSION_ID, clientSessionId));
    }

    /** The id only breaks ties between interactions opened in the same millisecond, so that the answer is stable. */
    Optional<SysId> findLatestIdByClientSessionId(String clientSessionId) {
        Document latest = interactions.find(eq(InteractionDocuments.CLIENT_SESSION_ID, clientSessionId))
                .sort(orderBy(descending(InteractionDocuments.OPENED_AT), descending(InteractionDocuments.ID)))
                .projection(include(InteractionDocuments.ID))
                .first();
        return Optional.ofNullable(latest).map(document -> SysId.of(document.getString(InteractionDocuments.ID)));
    }

    void insertInteraction(Document interaction) {
        interactions.insertOne(interaction);
    }

    /** The compare-and-set: applies the update only if the interaction's version is still {@code version}. */
    boolean updateInteraction(SysId id, long version, Bson update) {
        return interactions.updateOne(and(eq(InteractionDocuments.ID, id.value()),
                eq(InteractionDocuments.VERSION, version)), update).getMatchedCount() == 1;
    }

    /** Only what the sweep needs to tell whether a batch was committed, and to fence it if not. */
    List<Document> findVersionsAndBatches(Collection<SysId> ids) {
        return interactions.find(in(InteractionDocuments.ID, ids.stream().map(SysId::value).toList()))
                .projection(include(InteractionDocuments.VERSION, InteractionDocuments.BATCHES))
                .into(new ArrayList<>());
    }

    /**
     * One page of the conversation's messages in the given batches, in read order: the batches its interaction's
     * document listed when the caller read it, which are committed.
     */
    List<Document> page(SysId conversationId, List<String> batches, PageRequest page) {
        if (batches.isEmpty()) {
            return List.of();
        }
        return messages.find(and(eq(MessageDocuments.CONVERSATION_ID, conversationId.value()),
                        in(MessageDocuments.BATCH_ID, batches)))
                .sort(ascending(MessageDocuments.BEGIN, MessageDocuments.END, MessageDocuments.SEQUENCE))
                .skip((int) Math.min(page.offset(), Integer.MAX_VALUE))
                .limit(page.limit())
                .into(new ArrayList<>());
    }

    void insertMessages(List<Document> batch) {
        messages.insertMany(batch);
    }

    /** Up to {@code limit} messages that still carry a time of writing older than the cutoff: batch and owner only. */
    List<Document> uncheckedMessagesWrittenBefore(Instant cutoff, int limit) {
        return messages.find(lt(MessageDocuments.WRITTEN_AT, Date.from(cutoff)))
                .projection(include(MessageDocuments.BATCH_ID, MessageDocuments.INTERACTION_ID))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** The sweep has seen these batches committed: their messages leave its index and are never looked at again. */
    void markChecked(Collection<String> batchIds) {
        messages.updateMany(in(MessageDocuments.BATCH_ID, batchIds), Updates.unset(MessageDocuments.WRITTEN_AT));
    }

    void deleteBatch(String batchId) {
        messages.deleteMany(eq(MessageDocuments.BATCH_ID, batchId));
    }
}
