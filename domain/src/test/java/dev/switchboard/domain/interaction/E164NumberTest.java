package dev.switchboard.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class E164NumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+14089178878", "+44", "+123456789012345"})
    void aPlusAndUpToFifteenDigitsIsAnE164Number(String value) {
        assertThat(new E164Number(value).value()).isEqualTo(value);
        assertThat(new E164Number(value)).hasToString(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "14089178878",       // no plus sign
            "+04089178878",      // starts with zero
            "+1",                // too short
            "+1234567890123456", // sixteen digits
            "+1 408 917 8878",   // spaces
            "+1-408-917-8878",   // dashes
            "tel:+14089178878"})
    void anythingElseIsRejectedNamingCallerPhoneNumber(String value) {
        assertThatThrownBy(() -> new E164Number(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("callerPhoneNumber"));
    }

    @Test
    void aHugeValueIsEchoedCut() {
        String megabyte = "9".repeat(1 << 20);

        assertThatThrownBy(() -> new E164Number(megabyte)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("…' (1048576 characters)"));
    }
}
