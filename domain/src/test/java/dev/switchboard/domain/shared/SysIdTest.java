package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SysIdTest {

    @Test
    void thirtyTwoLowercaseHexCharactersAreASysId() {
        SysId id = SysId.of("4462cb4753751110b6e8ddeeff7b12ca");

        assertThat(id.value()).isEqualTo("4462cb4753751110b6e8ddeeff7b12ca");
        assertThat(id).hasToString("4462cb4753751110b6e8ddeeff7b12ca");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4462CB4753751110B6E8DDEEFF7B12CA", // uppercase
            "4462cb4753751110b6e8ddeeff7b12c",  // 31 characters
            "4462cb4753751110b6e8ddeeff7b12cab", // 33 characters
            "4462cb4753751110b6e8ddeeff7b12cg", // not hexadecimal
            "f8453abb-a33d-45b7-bf01-52b7a821e99z", // a clientSessionId, not a sys_id
            ""})
    void anythingElseIsRejectedNamingSysId(String candidate) {
        assertThatThrownBy(() -> SysId.of(candidate))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sys_id"));
        assertThat(SysId.isWellFormed(candidate)).isFalse();
    }

    @Test
    void isWellFormedTellsASysIdFromAnotherReference() {
        assertThat(SysId.isWellFormed("e67a6c30c7233010967a34c91dc26068")).isTrue();
        assertThat(SysId.isWellFormed(null)).isFalse();
    }

    @Test
    void twoSysIdsWithTheSameValueAreEqual() {
        assertThat(SysId.of("e67a6c30c7233010967a34c91dc26068"))
                .isEqualTo(new SysId("e67a6c30c7233010967a34c91dc26068"))
                .isNotEqualTo(SysId.of("e67a6c30c7233010967a34c91dc26069"));
    }
}
