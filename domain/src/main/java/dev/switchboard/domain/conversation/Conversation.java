package dev.switchboard.domain.conversation;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The message container of an interaction (at most one per interaction). It numbers the messages
 * appended to it and keeps the sentiment tally from which its overall sentiment is derived.
 */
public final class Conversation {

    private final SysId id;
    private final SysId interactionId;
    private final Instant createdAt;
    private String source;
    private Instant startedAt;
    private long messageCount;
    private SentimentTally tally;

    private Conversation(SysId id, SysId interactionId, Instant createdAt, String source, Instant startedAt,
                         long messageCount, SentimentTally tally) {
        this.id = Objects.requireNonNull(id, "id");
        this.interactionId = Objects.requireNonNull(interactionId, "interactionId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.source = source;
        this.startedAt = startedAt;
        this.messageCount = messageCount;
        this.tally = Objects.requireNonNull(tally, "tally");
    }

    public static Conversation begin(SysId id, SysId interactionId, Instant now) {
        return new Conversation(id, interactionId, now, null, null, 0, SentimentTally.empty());
    }

    /** Rebuilds a conversation exactly as it was stored; used by storage adapters only. */
    public static Conversation restore(SysId id, SysId interactionId, Instant createdAt, String source,
                                       Instant startedAt, long messageCount, SentimentTally tally) {
        return new Conversation(id, interactionId, createdAt, source, startedAt, messageCount, tally);
    }

    /** Appends an utterance: it gets the next sequence number and counts towards the sentiment. */
    public TranscriptMessage append(SysId messageId, Utterance utterance, Instant now) {
        messageCount++;
        if (utterance.sentiment() != null) {
            tally = tally.plus(utterance.sentiment());
        }
        return new TranscriptMessage(messageId, id, messageCount, utterance, now);
    }

    /** Records where a post-call transcript came from; values already recorded are kept. */
    public void describeOrigin(ConversationOrigin origin) {
        if (source == null) {
            source = origin.source();
        }
        if (startedAt == null) {
            startedAt = origin.startedAt();
        }
    }

    public SysId id() {
        return id;
    }

    public SysId interactionId() {
        return interactionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public long messageCount() {
        return messageCount;
    }

    public SentimentTally tally() {
        return tally;
    }

    public Optional<Sentiment> sentiment() {
        return tally.overall();
    }
}
