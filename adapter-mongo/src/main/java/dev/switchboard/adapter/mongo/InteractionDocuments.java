package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Converts an interaction and its conversation to the one document that holds both, and back. State and sentiment
 * are stored as their lowercase API values, instants as BSON dates (milliseconds, UTC). Absent values are stored as
 * null, so that every document has the same fields and a {@code $set} of all of them clears what became absent.
 *
 * <pre>
 * { _id, version, userId, agentId, callerPhoneNumber, clientSessionId, inboundId, state, recordingUrl, sentiment,
 *   openedAt, closedAt, transcriptSavedAt,
 *   conversation: { _id, createdAt, source, startedAt, messageCount, positive, neutral, negative },  (once begun)
 *   batches: [ batch ids of the committed message batches ] }
 * </pre>
 */
final class InteractionDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String CLIENT_SESSION_ID = "clientSessionId";
    static final String OPENED_AT = "openedAt";
    static final String CONVERSATION = "conversation";
    static final String CONVERSATION_ID = "conversation._id";
    static final String BATCHES = "batches";
    /**
     * The deduplication keys of every committed message, pushed by the same write that commits their batch. The
     * duplicate check reads them from the interaction document the unit has already loaded, instead of querying
     * the message collection: that query needs a secondary index, which mongo-java-server never builds, and cost
     * a scan of every stored message per request (the first bottleneck the ingest benchmark found).
     */
    static final String DEDUP_KEYS = "dedupKeys";

    private InteractionDocuments() {
    }

    /** The interaction's own fields, without version, conversation and batches (which the store manages). */
    static Document toDocument(Interaction interaction) {
        CallerDetails caller = interaction.caller();
        return new Document(ID, interaction.id().value())
                .append("userId", caller.userId())
                .append("agentId", caller.agentId())
                .append("callerPhoneNumber", caller.callerPhoneNumber() == null ? null : caller.callerPhoneNumber().value())
                .append(CLIENT_SESSION_ID, caller.clientSessionId())
                .append("inboundId", caller.inboundId())
                .append("state", interaction.state().value())
                .append("recordingUrl", interaction.recordingUrl().map(RecordingUrl::value).orElse(null))
                .append("sentiment", interaction.sentiment().map(Sentiment::value).orElse(null))
                .append(OPENED_AT, Date.from(interaction.openedAt()))
                .append("closedAt", interaction.closedAt().map(Date::from).orElse(null))
                .append("transcriptSavedAt", interaction.transcriptSavedAt().map(Date::from).orElse(null));
    }

    static Interaction toInteraction(Document document) {
        String phone = document.getString("callerPhoneNumber");
        CallerDetails caller = new CallerDetails(document.getString("userId"), document.getString("agentId"),
                phone == null ? null : new E164Number(phone), document.getString(CLIENT_SESSION_ID),
                document.getString("inboundId"));
        String recordingUrl = document.getString("recordingUrl");
        String sentiment = document.getString("sentiment");
        return Interaction.restore(
                SysId.of(document.getString(ID)),
                caller,
                InteractionState.fromValue(document.getString("state")),
                recordingUrl == null ? null : new RecordingUrl(recordingUrl),
                sentiment == null ? null : Sentiment.fromValue(sentiment),
                document.getDate(OPENED_AT).toInstant(),
                instantOrNull(document.getDate("closedAt")),
                instantOrNull(document.getDate("transcriptSavedAt")));
    }

    /** The embedded conversation; its interaction is the document it is embedded in. */
    static Document toDocument(Conversation conversation) {
        SentimentTally tally = conversation.tally();
        return new Document(ID, conversation.id().value())
                .append("createdAt", Date.from(conversation.createdAt()))
                .append("source", conversation.source().orElse(null))
                .append("startedAt", conversation.startedAt().map(Date::from).orElse(null))
                .append("messageCount", conversation.messageCount())
                .append("positive", tally.positive())
                .append("neutral", tally.neutral())
                .append("negative", tally.negative());
    }

    /** The conversation embedded in an interaction document, or null when it has none yet. */
    static Conversation toConversation(Document interaction) {
        Document conversation = interaction.get(CONVERSATION, Document.class);
        if (conversation == null) {
            return null;
        }
        return Conversation.restore(
                SysId.of(conversation.getString(ID)),
                SysId.of(interaction.getString(ID)),
                conversation.getDate("createdAt").toInstant(),
                conversation.getString("source"),
                instantOrNull(conversation.getDate("startedAt")),
                conversation.getLong("messageCount"),
                new SentimentTally(conversation.getLong("positive"), conversation.getLong("neutral"),
                        conversation.getLong("negative")));
    }

    /** The id of the embedded conversation, or null. */
    static String conversationId(Document interaction) {
        Document conversation = interaction.get(CONVERSATION, Document.class);
        return conversation == null ? null : conversation.getString(ID);
    }

    /** The ids of the committed message batches: the only messages readers may see. */
    static List<String> batches(Document interaction) {
        return interaction.getList(BATCHES, String.class, List.of());
    }

    static List<String> dedupKeys(Document interaction) {
        return interaction.getList(DEDUP_KEYS, String.class, List.of());
    }

    private static Instant instantOrNull(Date date) {
        return date == null ? null : date.toInstant();
    }
}
