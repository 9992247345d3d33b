package dev.switchboard.domain.sentiment;

import static dev.switchboard.domain.sentiment.Sentiment.NEGATIVE;
import static dev.switchboard.domain.sentiment.Sentiment.NEUTRAL;
import static dev.switchboard.domain.sentiment.Sentiment.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule in {@link SentimentTally}: +1 / 0 / −1 per message; mean ≥ 0.25 positive, ≤ −0.25 negative. */
class SentimentTallyTest {

    private static SentimentTally tallyOf(Sentiment... sentiments) {
        SentimentTally tally = SentimentTally.empty();
        for (Sentiment sentiment : sentiments) {
            tally = tally.plus(sentiment);
        }
        return tally;
    }

    @Test
    void withoutScoredMessagesThereIsNoOverallSentiment() {
        assertThat(SentimentTally.empty().overall()).isEmpty();
    }

    @Test
    void eachSentimentIsCountedSeparately() {
        assertThat(tallyOf(POSITIVE, NEGATIVE, NEUTRAL, NEGATIVE)).isEqualTo(new SentimentTally(1, 1, 2));
    }

    @Test
    void theSeedsMessagesExampleIsNegative() {
        // POST /messages example: NEUTRAL, NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL; mean −2/5 = −0.4.
        assertThat(tallyOf(NEUTRAL, NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL).overall()).contains(NEGATIVE);
    }

    @Test
    void theSeedsTranscriptExampleIsNegative() {
        // POST /transcript example: NEUTRAL, NEGATIVE; mean −1/2.
        assertThat(tallyOf(NEUTRAL, NEGATIVE).overall()).contains(NEGATIVE);
    }

    @ParameterizedTest(name = "{0} positive, {1} neutral, {2} negative -> {3}")
    @CsvSource({
            "1, 0, 0, POSITIVE",  // mean  1
            "0, 1, 0, NEUTRAL",   // mean  0
            "0, 0, 1, NEGATIVE",  // mean −1
            "1, 3, 0, POSITIVE",  // mean  0.25, exactly on the threshold
            "1, 4, 0, NEUTRAL",   // mean  0.2, just below it
            "0, 3, 1, NEGATIVE",  // mean −0.25, exactly on the threshold
            "0, 4, 1, NEUTRAL",   // mean −0.2, just above it
            "1, 0, 1, NEUTRAL",   // one of each cancels out
            "2, 1, 1, POSITIVE",  // mean  0.25
            "1, 1, 2, NEGATIVE",  // mean −0.25
            "3, 6, 2, NEUTRAL",   // mean  1/11
            "5, 0, 2, POSITIVE"}) // mean  3/7
    void theMeanScoreDecidesAgainstAThresholdOfAQuarter(long positive, long neutral, long negative,
                                                         Sentiment expected) {
        assertThat(new SentimentTally(positive, neutral, negative).overall()).contains(expected);
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new SentimentTally(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
