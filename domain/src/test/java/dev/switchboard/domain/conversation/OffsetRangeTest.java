package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class OffsetRangeTest {

    @Test
    void aNegativeBeginIsRejectedNamingBeginOffsetMillis() {
        assertThatThrownBy(() -> new OffsetRange(-1, 15000))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("beginOffsetMillis"));
    }

    @Test
    void aNegativeEndIsRejectedNamingEndOffsetMillis() {
        assertThatThrownBy(() -> new OffsetRange(10000, -1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("endOffsetMillis"));
    }

    @Test
    void anEndBeforeTheBeginIsAValidRangeThatKnowsItIsInverted() {
        assertThat(new OffsetRange(200000, 25000).isInverted()).isTrue();
        assertThat(new OffsetRange(0, 0).isInverted()).isFalse();
    }
}
