package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final SysId CONVERSATION_ID = SysId.of("8439d3c753b51110b6e8ddeeff7b12e2");
    private static final SysId INTERACTION_ID = SysId.of("86837a386f0331003b3c498f5d3ee4ca");
    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:20Z");

    private final Conversation conversation = Conversation.begin(CONVERSATION_ID, INTERACTION_ID, CREATED);

    private static SysId messageId(int n) {
        return SysId.of(String.format("%032x", n));
    }

    private static Utterance said(long begin, Sentiment sentiment) {
        return new Utterance(Participant.CUSTOMER, "utterance at " + begin, new OffsetRange(begin, begin + 5000),
                sentiment, null, false, false, null, null);
    }

    @Test
    void aNewConversationIsEmpty() {
        assertThat(conversation.id()).isEqualTo(CONVERSATION_ID);
        assertThat(conversation.interactionId()).isEqualTo(INTERACTION_ID);
        assertThat(conversation.createdAt()).isEqualTo(CREATED);
        assertThat(conversation.messageCount()).isZero();
        assertThat(conversation.sentiment()).isEmpty();
        assertThat(conversation.source()).isEmpty();
        assertThat(conversation.startedAt()).isEmpty();
    }

    @Test
    void appendedMessagesAreNumberedInArrivalOrder() {
        TranscriptMessage first = conversation.append(messageId(1), said(50000, null), RECEIVED);
        TranscriptMessage second = conversation.append(messageId(2), said(10000, null), RECEIVED);
        TranscriptMessage third = conversation.append(messageId(3), said(30000, null), RECEIVED);

        assertThat(List.of(first.sequence(), second.sequence(), third.sequence())).containsExactly(1L, 2L, 3L);
        assertThat(conversation.messageCount()).isEqualTo(3);
    }

    @Test
    void anAppendedMessageBelongsToTheConversation() {
        Utterance utterance = said(10000, Sentiment.NEUTRAL);

        TranscriptMessage message = conversation.append(messageId(7), utterance, RECEIVED);

        assertThat(message.id()).isEqualTo(messageId(7));
        assertThat(message.conversationId()).isEqualTo(CONVERSATION_ID);
        assertThat(message.utterance()).isEqualTo(utterance);
        assertThat(message.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void numberingContinuesAfterARestore() {
        Conversation restored = Conversation.restore(CONVERSATION_ID, INTERACTION_ID, CREATED, null, null, 5,
                SentimentTally.empty());

        assertThat(restored.append(messageId(6), said(0, null), RECEIVED).sequence()).isEqualTo(6);
    }

    @Test
    void sentimentsAreTalliedAndMessagesWithoutOneDoNotCount() {
        conversation.append(messageId(1), said(10000, Sentiment.POSITIVE), RECEIVED);
        conversation.append(messageId(2), said(20000, null), RECEIVED);
        conversation.append(messageId(3), said(30000, Sentiment.NEGATIVE), RECEIVED);
        conversation.append(messageId(4), said(40000, Sentiment.NEGATIVE), RECEIVED);

        assertThat(conversation.tally()).isEqualTo(new SentimentTally(1, 0, 2));
        assertThat(conversation.sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void withoutAnySentimentTheConversationHasNone() {
        conversation.append(messageId(1), said(10000, null), RECEIVED);

        assertThat(conversation.sentiment()).isEmpty();
    }

    @Test
    void theOriginIsRecordedOnceAndKept() {
        Instant started = Instant.parse("2021-08-06T15:07:51Z");

        conversation.describeOrigin(new ConversationOrigin("Amazon Connect", started));
        conversation.describeOrigin(new ConversationOrigin("Genesys", Instant.parse("2022-01-01T00:00:00Z")));

        assertThat(conversation.source()).contains("Amazon Connect");
        assertThat(conversation.startedAt()).contains(started);
    }

    @Test
    void anAbsentOriginCanBeFilledLater() {
        conversation.describeOrigin(new ConversationOrigin(null, null));
        conversation.describeOrigin(new ConversationOrigin("Amazon Connect", null));

        assertThat(conversation.source()).contains("Amazon Connect");
        assertThat(conversation.startedAt()).isEmpty();
    }
}
