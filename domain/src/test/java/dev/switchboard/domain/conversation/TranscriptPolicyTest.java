package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranscriptPolicyTest {

    private static final TranscriptPolicy STRICT = new TranscriptPolicy(SentimentMapping.defaults(), false);

    @Test
    void theDefaultPolicyHasTheDefaultMappingAndAcceptsAnEndBeforeTheBegin() {
        TranscriptPolicy policy = TranscriptPolicy.defaults();

        assertThat(policy.sentimentMapping()).isEqualTo(SentimentMapping.defaults());
        assertThat(policy.endMayPrecedeBegin()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anOrderedOrEmptyRangeIsAcceptedUnderEitherPolicy(boolean endMayPrecedeBegin) {
        TranscriptPolicy policy = new TranscriptPolicy(SentimentMapping.defaults(), endMayPrecedeBegin);

        assertThat(policy.offsets(10000, 15000)).isEqualTo(new OffsetRange(10000, 15000));
        assertThat(policy.offsets(0, 0).isInverted()).isFalse();
    }

    @Test
    void theVendorsInvertedRangeIsKeptAsSentWhenAllowed() {
        OffsetRange range = TranscriptPolicy.defaults().offsets(200000, 25000);

        assertThat(range.beginMillis()).isEqualTo(200000);
        assertThat(range.endMillis()).isEqualTo(25000);
        assertThat(range.isInverted()).isTrue();
    }

    @Test
    void anInvertedRangeIsRefusedNamingEndOffsetMillisWhenNotAllowed() {
        assertThatThrownBy(() -> STRICT.offsets(200000, 25000))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("endOffsetMillis"));
    }

    @Test
    void negativeOffsetsAreRefusedEvenWhenAnInvertedRangeIsAllowed() {
        assertThatThrownBy(() -> TranscriptPolicy.defaults().offsets(-5, -10))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("beginOffsetMillis"));
    }

    @Test
    void sentimentLabelsTranslateThroughTheConfiguredTable() {
        TranscriptPolicy policy = new TranscriptPolicy(new SentimentMapping(Map.of("HAPPY", Sentiment.POSITIVE)), true);

        assertThat(policy.sentiment("happy", "sentiment")).isEqualTo(Sentiment.POSITIVE);
        assertThatThrownBy(() -> policy.sentiment("NEUTRAL", "transcript[0].sentiment"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[0].sentiment"));
    }
}
