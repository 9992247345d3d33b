package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class UtteranceTest {

    private static final String SOURCE_ID = "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8";
    private static final String CONTENT = "This is John. How can I help you?";
    private static final String ATTRIBUTES = "[{\"key\":\"key1\",\"value\":\"value1\"}]";

    /** The first message of the vendor's /messages example. */
    private static Utterance original() {
        return new Utterance(Participant.AGENT, CONTENT, new OffsetRange(10000, 15000), Sentiment.NEUTRAL, null,
                false, false, SOURCE_ID, ATTRIBUTES);
    }

    private static Utterance identity(String sourceId, long begin, long end, Participant participant, String content) {
        return new Utterance(participant, content, new OffsetRange(begin, end), Sentiment.NEUTRAL, null,
                false, false, sourceId, ATTRIBUTES);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void contentIsRequired(String content) {
        assertThatThrownBy(() -> identity(SOURCE_ID, 10000, 15000, Participant.AGENT, content))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("content"));
    }

    @Test
    void absentAttributesAreAnEmptyList() {
        Utterance utterance = new Utterance(Participant.AGENT, CONTENT, new OffsetRange(0, 1), null, null,
                false, false, null, null);

        assertThat(utterance.attributesJson()).isEqualTo("[]");
    }

    @Test
    void identicalUtterancesHaveTheSameKey() {
        assertThat(original().deduplicationKey()).isEqualTo(original().deduplicationKey());
    }

    @Test
    void theKeyChangesWithTheSourceId() {
        assertThat(identity("18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f", 10000, 15000, Participant.AGENT, CONTENT)
                .deduplicationKey()).isNotEqualTo(original().deduplicationKey());
        assertThat(identity(null, 10000, 15000, Participant.AGENT, CONTENT)
                .deduplicationKey()).isNotEqualTo(original().deduplicationKey());
    }

    @Test
    void theKeyChangesWithEitherOffset() {
        assertThat(identity(SOURCE_ID, 10001, 15000, Participant.AGENT, CONTENT).deduplicationKey())
                .isNotEqualTo(original().deduplicationKey());
        assertThat(identity(SOURCE_ID, 10000, 15001, Participant.AGENT, CONTENT).deduplicationKey())
                .isNotEqualTo(original().deduplicationKey());
    }

    @Test
    void swappedOffsetsGiveADifferentKey() {
        assertThat(identity(SOURCE_ID, 15000, 10000, Participant.AGENT, CONTENT).deduplicationKey())
                .isNotEqualTo(original().deduplicationKey());
    }

    @Test
    void theKeyChangesWithTheParticipant() {
        assertThat(identity(SOURCE_ID, 10000, 15000, Participant.CUSTOMER, CONTENT).deduplicationKey())
                .isNotEqualTo(original().deduplicationKey());
    }

    @Test
    void theKeyChangesWithTheContent() {
        assertThat(identity(SOURCE_ID, 10000, 15000, Participant.AGENT, CONTENT + " ").deduplicationKey())
                .isNotEqualTo(original().deduplicationKey());
    }

    @Test
    void theVendorsReusedSourceIdWithOtherContentIsADifferentMessage() {
        // The vendor's /messages example sends "18bcf19c-…" with three different utterances.
        String reused = "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f";

        assertThat(identity(reused, 30000, 35000, Participant.AGENT, "I am sorry to hear that").deduplicationKey())
                .isNotEqualTo(identity(reused, 50000, 55000, Participant.AGENT, "Of course, let me check your account")
                        .deduplicationKey());
    }

    @Test
    void textMovedFromTheSourceIdIntoTheContentGivesADifferentKey() {
        // JSON strings may contain U+0000, so the key must not rely on a separator that the text can contain:
        // otherwise a different message would be dropped as a re-sent copy.
        String moved = "\u000010000\u000015000\u0000AGENT\u0000";
        Utterance original = identity(SOURCE_ID, 10000, 15000, Participant.AGENT, "Hi" + moved + CONTENT);
        Utterance shifted = identity(SOURCE_ID + moved + "Hi", 10000, 15000, Participant.AGENT, CONTENT);

        assertThat(shifted.deduplicationKey()).isNotEqualTo(original.deduplicationKey());
    }

    @Test
    void theKeyIgnoresSentimentLoudnessFlagsAndAttributes() {
        Utterance annotatedDifferently = new Utterance(Participant.AGENT, CONTENT, new OffsetRange(10000, 15000),
                Sentiment.NEGATIVE, new LoudnessScore(0.9), true, true, SOURCE_ID, "[{\"key\":\"other\"}]");

        assertThat(annotatedDifferently.deduplicationKey()).isEqualTo(original().deduplicationKey());
    }

    @Test
    void theKeyIsAHexSha256() {
        assertThat(original().deduplicationKey()).matches("[0-9a-f]{64}");
    }
}
