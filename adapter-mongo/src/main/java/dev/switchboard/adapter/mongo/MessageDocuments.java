package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.util.Date;
import org.bson.Document;

/**
 * Converts a transcript message to its document in {@code transcript_messages} and back (fields in docs/storage.md).
 * A document also carries its {@link Batch}: visible once the batch is committed, and found by the orphan sweep
 * if it never is.
 */
final class MessageDocuments {

    static final String ID = "_id";
    static final String CONVERSATION_ID = "conversationId";
    static final String BATCH_ID = "batchId";
    static final String INTERACTION_ID = "interactionId";
    /** Set when written; the sweep removes it once it has seen the batch committed (see {@link OrphanSweeper}). */
    static final String WRITTEN_AT = "writtenAt";
    static final String SEQUENCE = "sequence";
    static final String BEGIN = "beginOffsetMillis";
    static final String END = "endOffsetMillis";

    private MessageDocuments() {
    }

    /**
     * What every message of one batch carries, so that a batch whose commit never happened can be found and removed
     * from the messages alone, without a note written beside them.
     *
     * @param id            the batch id that the commit pushes onto the interaction's {@code batches}
     * @param interactionId the interaction whose commit would publish the batch
     * @param writtenAt     when the batch was written, by this instance's clock
     */
    record Batch(String id, SysId interactionId, Date writtenAt) {
    }

    /**
     * The attributes stay the JSON text the provider sent: the domain never reads them, and a round trip through
     * BSON would not give back the same text.
     */
    static Document toDocument(TranscriptMessage message, Batch batch) {
        Utterance utterance = message.utterance();
        return new Document(ID, message.id().value())
                .append(CONVERSATION_ID, message.conversationId().value())
                .append(BATCH_ID, batch.id())
                .append(INTERACTION_ID, batch.interactionId().value())
                .append(WRITTEN_AT, batch.writtenAt())
                .append(SEQUENCE, message.sequence())
                .append("participant", utterance.participant().name())
                .append("content", utterance.content())
                .append(BEGIN, utterance.offsets().beginMillis())
                .append(END, utterance.offsets().endMillis())
                .append("sentiment", utterance.sentiment() == null ? null : utterance.sentiment().value())
                .append("loudnessScore", utterance.loudness() == null ? null : utterance.loudness().value())
                .append("internal", utterance.internal())
                .append("event", utterance.event())
                .append("sourceMessageId", utterance.sourceMessageId())
                .append("attributesJson", utterance.attributesJson())
                .append("receivedAt", Date.from(message.receivedAt()));
    }

    /** Offsets are rebuilt with the plain constructor: an inverted range was accepted once and is kept as sent. */
    static TranscriptMessage toMessage(Document document) {
        String sentiment = document.getString("sentiment");
        Double loudness = document.getDouble("loudnessScore");
        Utterance utterance = new Utterance(
                Participant.valueOf(document.getString("participant")),
                document.getString("content"),
                new OffsetRange(document.getLong(BEGIN), document.getLong(END)),
                sentiment == null ? null : Sentiment.fromValue(sentiment),
                loudness == null ? null : new LoudnessScore(loudness),
                document.getBoolean("internal"),
                document.getBoolean("event"),
                document.getString("sourceMessageId"),
                document.getString("attributesJson"));
        return new TranscriptMessage(SysId.of(document.getString(ID)), SysId.of(document.getString(CONVERSATION_ID)),
                document.getLong(SEQUENCE), utterance, document.getDate("receivedAt").toInstant());
    }
}
