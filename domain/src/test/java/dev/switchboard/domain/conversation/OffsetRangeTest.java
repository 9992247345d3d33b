package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Leniency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest
    @EnumSource(Leniency.class)
    void anOrderedOrEmptyRangeIsAcceptedInEveryMode(Leniency leniency) {
        assertThat(OffsetRange.of(10000, 15000, leniency)).isEqualTo(new OffsetRange(10000, 15000));
        assertThat(OffsetRange.of(0, 0, leniency).isInverted()).isFalse();
    }

    @Test
    void theVendorsInvertedRangeIsKeptAsSentInCompatibilityMode() {
        OffsetRange range = OffsetRange.of(200000, 25000, Leniency.VENDOR_COMPATIBLE);

        assertThat(range.beginMillis()).isEqualTo(200000);
        assertThat(range.endMillis()).isEqualTo(25000);
        assertThat(range.isInverted()).isTrue();
    }

    @Test
    void anInvertedRangeIsRejectedInStrictModeNamingEndOffsetMillis() {
        assertThatThrownBy(() -> OffsetRange.of(200000, 25000, Leniency.STRICT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("endOffsetMillis"));
    }

    @Test
    void compatibilityModeStillRejectsNegativeOffsets() {
        assertThatThrownBy(() -> OffsetRange.of(-5, -10, Leniency.VENDOR_COMPATIBLE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("beginOffsetMillis"));
    }
}
