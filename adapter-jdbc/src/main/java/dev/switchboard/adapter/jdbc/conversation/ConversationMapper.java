package dev.switchboard.adapter.jdbc.conversation;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;

/** Converts conversations to rows and back. */
final class ConversationMapper {

    private ConversationMapper() {
    }

    static ConversationRow toRow(Conversation conversation) {
        SentimentTally tally = conversation.tally();
        return new ConversationRow(
                conversation.id().value(),
                conversation.interactionId().value(),
                conversation.createdAt().toEpochMilli(),
                conversation.source().orElse(null),
                conversation.startedAt().map(Instant::toEpochMilli).orElse(null),
                conversation.messageCount(),
                tally.positive(),
                tally.neutral(),
                tally.negative());
    }

    static Conversation toDomain(ConversationRow row) {
        return Conversation.restore(
                SysId.of(row.id()),
                SysId.of(row.interactionId()),
                Instant.ofEpochMilli(row.createdAtMs()),
                row.source(),
                row.startedAtMs() == null ? null : Instant.ofEpochMilli(row.startedAtMs()),
                row.messageCount(),
                new SentimentTally(row.positiveCount(), row.neutralCount(), row.negativeCount()));
    }
}
