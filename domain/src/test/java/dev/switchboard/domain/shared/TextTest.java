package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void blankTextCountsAsAbsent() {
        assertThat(Text.blankToNull(null)).isNull();
        assertThat(Text.blankToNull("")).isNull();
        assertThat(Text.blankToNull(" \t ")).isNull();
        assertThat(Text.blankToNull(" beth ")).isEqualTo(" beth ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u2007", "\u3000", "\u2003\u2009", "\u200B", "\uFEFF", "\u0085",
        " \u00A0\u202F\u3000 "})
    void unicodeSpacesAreBlankToo(String spaces) {
        assertThat(Text.isBlank(spaces)).isTrue();
        assertThat(Text.blankToNull(spaces)).isNull();
        assertThatThrownBy(() -> Text.required(spaces, "userId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }

    @Test
    void textWithAnythingButSpacesIsNotBlank() {
        assertThat(Text.isBlank("\u00A0x\u00A0")).isFalse();
        assertThat(Text.isBlank("\u0000")).as("a control character is not a space").isFalse();
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertThat(Text.required("+14089178877", "userId")).isEqualTo("+14089178877");
        assertThatThrownBy(() -> Text.required("  ", "userId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }

    @Test
    void xmlSafeTextPassesThrough() {
        String text = "tab\tnewline\ncarriage return\r, accents é, CJK 漢字, emoji \uD83D\uDE00, U+FFFD \uFFFD";

        assertThat(Text.indexOfNonXmlCharacter(text)).isEqualTo(-1);
        assertThat(Text.xmlSafe(text, "content")).isSameAs(text);
        assertThat(Text.xmlSafe(null, "content")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF",
        "\uD800", "\uDC00", "\uDE00\uD83D"})
    void charactersXmlCannotCarryAreRefusedNamingTheFieldAndThePosition(String bad) {
        String value = "ab" + bad + "c";

        assertThat(Text.indexOfNonXmlCharacter(value)).isEqualTo(2);
        assertThatThrownBy(() -> Text.xmlSafe(value, "content"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("content");
                    assertThat(e.reason()).startsWith(String.format("contains U+%04X", (int) bad.charAt(0)))
                            .endsWith("at character 3");
                });
    }

    @Test
    void quotedValuesAreShortAndPrintable() {
        assertThat(Text.quoted("+1 408")).isEqualTo("'+1 408'");
        assertThat(Text.quoted(null)).isEqualTo("null");
        assertThat(Text.quoted("a\u0000b\uD800c\nd")).isEqualTo("'a\\u0000b\\uD800c\\u000Ad'");
        assertThat(Text.quoted("x".repeat(Text.ECHO_LENGTH))).isEqualTo("'" + "x".repeat(Text.ECHO_LENGTH) + "'");
    }

    @Test
    void aLongValueIsCutWithItsLength() {
        String megabyte = "9".repeat(1 << 20);

        assertThat(Text.quoted(megabyte))
                .isEqualTo("'" + "9".repeat(Text.ECHO_LENGTH) + "…' (1048576 characters)");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String value = "x".repeat(Text.ECHO_LENGTH - 1) + "\uD83D\uDE00tail";

        assertThat(Text.excerpt(value, Text.ECHO_LENGTH)).isEqualTo("x".repeat(Text.ECHO_LENGTH - 1) + "…");
        assertThat(Text.excerpt(value, Text.ECHO_LENGTH + 1)).isEqualTo("x".repeat(Text.ECHO_LENGTH - 1) + "\uD83D\uDE00…");
    }
}
