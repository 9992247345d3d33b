package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoudnessScoreTest {

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.5, 0.0, 0.25, 1.0})
    void scoresFromMinusOneToOneAreAccepted(double value) {
        assertThat(new LoudnessScore(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0001, 1.0001, -2.0, 42.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void scoresOutsideTheRangeAreRejectedNamingLoudnessScore(double value) {
        assertThatThrownBy(() -> new LoudnessScore(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("loudnessScore"));
    }
}
