package dev.switchboard.adapter.jdbc.message;

import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;

/** Converts transcript messages to rows and back. */
final class TranscriptMessageMapper {

    private TranscriptMessageMapper() {
    }

    static TranscriptMessageRow toRow(TranscriptMessage message) {
        Utterance utterance = message.utterance();
        return new TranscriptMessageRow(
                message.id().value(),
                message.conversationId().value(),
                message.sequence(),
                utterance.participant().name(),
                utterance.content(),
                utterance.offsets().beginMillis(),
                utterance.offsets().endMillis(),
                utterance.sentiment() == null ? null : utterance.sentiment().value(),
                utterance.loudness() == null ? null : utterance.loudness().value(),
                utterance.internal(),
                utterance.event(),
                utterance.sourceMessageId(),
                utterance.attributesJson(),
                message.deduplicationKey(),
                message.receivedAt().toEpochMilli());
    }

    /** Offsets are rebuilt with the plain constructor: an inverted range was accepted once and is kept as sent. */
    static TranscriptMessage toDomain(TranscriptMessageRow row) {
        Utterance utterance = new Utterance(
                Participant.valueOf(row.participant()),
                row.content(),
                new OffsetRange(row.beginOffsetMs(), row.endOffsetMs()),
                row.sentiment() == null ? null : Sentiment.fromValue(row.sentiment()),
                row.loudnessScore() == null ? null : new LoudnessScore(row.loudnessScore()),
                row.internal(),
                row.event(),
                row.sourceMessageId(),
                row.attributesJson());
        return new TranscriptMessage(SysId.of(row.id()), SysId.of(row.conversationId()), row.sequenceNumber(),
                utterance, Instant.ofEpochMilli(row.receivedAtMs()));
    }
}
