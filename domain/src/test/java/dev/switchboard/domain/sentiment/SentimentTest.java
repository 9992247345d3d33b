package dev.switchboard.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentTest {

    @Test
    void readersSeeLowercaseValues() {
        assertThat(Sentiment.POSITIVE.value()).isEqualTo("positive");
        assertThat(Sentiment.NEUTRAL.value()).isEqualTo("neutral");
        assertThat(Sentiment.NEGATIVE.value()).isEqualTo("negative");
    }

    @Test
    void aValueReadsBackInAnyCase() {
        assertThat(Sentiment.fromValue("negative")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(Sentiment.fromValue("Positive")).isEqualTo(Sentiment.POSITIVE);
    }
}
