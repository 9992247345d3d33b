package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void blankTextCountsAsAbsent() {
        assertThat(Text.blankToNull(null)).isNull();
        assertThat(Text.blankToNull("")).isNull();
        assertThat(Text.blankToNull(" \t ")).isNull();
        assertThat(Text.blankToNull(" beth ")).isEqualTo(" beth ");
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertThat(Text.required("+14089178877", "userId")).isEqualTo("+14089178877");
        assertThatThrownBy(() -> Text.required("  ", "userId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }
}
