package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantTest {

    @Test
    void theVendorsTwoParticipantsAreRecognised() {
        assertThat(Participant.parse("AGENT", "participantId")).isEqualTo(Participant.AGENT);
        assertThat(Participant.parse("CUSTOMER", "participantId")).isEqualTo(Participant.CUSTOMER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aMissingParticipantIsReportedAsRequired(String value) {
        assertThatThrownBy(() -> Participant.parse(value, "participantId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("participantId");
                    assertThat(e.reason()).isEqualTo("is required");
                });
    }

    @Test
    void anUnknownParticipantIsRejectedNamingTheGivenField() {
        assertThatThrownBy(() -> Participant.parse("SUPERVISOR", "participantId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("participantId");
                    assertThat(e.reason()).contains("AGENT", "CUSTOMER", "SUPERVISOR");
                });
    }
}
