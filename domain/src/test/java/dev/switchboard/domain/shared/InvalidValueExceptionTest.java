package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void theMessageNamesTheFieldAndTheReason() {
        InvalidValueException e = new InvalidValueException("content", "is required");

        assertThat(e.field()).isEqualTo("content");
        assertThat(e.reason()).isEqualTo("is required");
        assertThat(e).hasMessage("Invalid value for 'content': is required");
    }

    @Test
    void aMissingFieldIsReportedAsRequired() {
        assertThat(InvalidValueException.missing("userId").reason()).isEqualTo("is required");
    }

    @Test
    void withinLocatesTheProblemInsideAContainingField() {
        InvalidValueException located = new InvalidValueException("participantId", "must be AGENT or CUSTOMER")
                .within("messages[2]");

        assertThat(located.field()).isEqualTo("messages[2].participantId");
        assertThat(located.reason()).isEqualTo("must be AGENT or CUSTOMER");
        assertThat(located).hasMessageContaining("'messages[2].participantId'");
    }

    @Test
    void aFieldNameFromTheRequestIsKeptShortAndPrintable() {
        InvalidValueException e = new InvalidValueException("a\u0000" + "k".repeat(1000), "is not a known field");

        assertThat(e.field()).startsWith("a\\u0000k").endsWith("…").hasSizeLessThan(210);
        assertThat(e.getMessage()).hasSizeLessThan(260).doesNotContain("\u0000");
    }
}
