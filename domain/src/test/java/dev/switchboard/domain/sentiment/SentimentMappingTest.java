package dev.switchboard.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentMappingTest {

    private final SentimentMapping defaults = SentimentMapping.defaults();

    @ParameterizedTest
    @CsvSource({
            "POSITIVE, POSITIVE",
            "NEUTRAL,  NEUTRAL",
            "NEGATIVE, NEGATIVE",
            "MIXED,    NEUTRAL"})
    void theDefaultTableTranslatesTheVendorsLabelsAndAmazonsMixed(String label, Sentiment expected) {
        assertThat(defaults.translate(label, "sentiment")).isEqualTo(expected);
    }

    @Test
    void labelsMatchInAnyCaseAndIgnoreSurroundingSpaces() {
        assertThat(defaults.translate("negative", "sentiment")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(defaults.translate("Positive", "sentiment")).isEqualTo(Sentiment.POSITIVE);
        assertThat(defaults.translate(" neutral ", "sentiment")).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void anUnknownLabelNamesTheFieldAndListsTheAcceptedLabels() {
        assertThatThrownBy(() -> defaults.translate("FURIOUS", "transcript[1].sentiment"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("transcript[1].sentiment");
                    assertThat(e.reason()).contains("FURIOUS")
                            .contains("[MIXED, NEGATIVE, NEUTRAL, POSITIVE]");
                });
    }

    @Test
    void aCustomTableReplacesTheDefaults() {
        SentimentMapping custom = new SentimentMapping(Map.of(
                "happy", Sentiment.POSITIVE,
                "Calm", Sentiment.NEUTRAL,
                "ANGRY", Sentiment.NEGATIVE));

        assertThat(custom.translate("HAPPY", "sentiment")).isEqualTo(Sentiment.POSITIVE);
        assertThat(custom.translate("calm", "sentiment")).isEqualTo(Sentiment.NEUTRAL);
        assertThat(custom.translate("angry", "sentiment")).isEqualTo(Sentiment.NEGATIVE);
        assertThatThrownBy(() -> custom.translate("POSITIVE", "sentiment"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).contains("[ANGRY, CALM, HAPPY]"));
    }

    @Test
    void aCustomTableMayReadALabelDifferently() {
        SentimentMapping mixedIsNegative = new SentimentMapping(Map.of("MIXED", Sentiment.NEGATIVE));

        assertThat(mixedIsNegative.translate("mixed", "sentiment")).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThatThrownBy(() -> new SentimentMapping(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
