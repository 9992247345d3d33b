package dev.switchboard.domain.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    private final IntentClassifier classifier = new IntentClassifier(SampleScript.create().topics());

    @Test
    void anUtteranceTypedExactlyScoresOne() {
        IntentClassifier.Match match = classifier.classify("Book a limo!").orElseThrow();

        assertThat(match.topic().id()).isEqualTo(SampleScript.LIMO);
        assertThat(match.confidence()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void distinctiveWordsOutweighCommonOnes() {
        IntentClassifier.Match match = classifier.classify("the popular model").orElseThrow();

        assertThat(match.topic().id()).isEqualTo(SampleScript.MODEL);
        assertThat(match.confidence()).isBetween(0.3, 0.99);
    }

    @Test
    void textSharingNoWordMatchesNothing() {
        assertThat(classifier.classify("How are you?")).isEmpty();
        assertThat(classifier.classify("")).isEmpty();
    }
}
