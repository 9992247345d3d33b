package dev.switchboard.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerDetailsTest {

    @Test
    void theVendorExampleKeepsEveryField() {
        CallerDetails caller = CallerDetails.of("+14089178877", "beth.anglin", "+14089178878",
                "f8453abb-a33d-45b7-bf01-52b7a821e99z", "inbound-1");

        assertThat(caller.userId()).isEqualTo("+14089178877");
        assertThat(caller.agentId()).isEqualTo("beth.anglin");
        assertThat(caller.callerPhoneNumber()).isEqualTo(new E164Number("+14089178878"));
        assertThat(caller.clientSessionId()).isEqualTo("f8453abb-a33d-45b7-bf01-52b7a821e99z");
        assertThat(caller.inboundId()).isEqualTo("inbound-1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void theUserIdIsRequired(String userId) {
        assertThatThrownBy(() -> CallerDetails.of(userId, "beth.anglin", null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }

    @Test
    void blankOptionalFieldsBecomeAbsent() {
        CallerDetails caller = CallerDetails.of("+14089178877", " ", "", "\t", "  ");

        assertThat(caller).isEqualTo(new CallerDetails("+14089178877", null, null, null, null));
    }

    @Test
    void anInvalidPhoneNumberIsRejectedNamingCallerPhoneNumber() {
        assertThatThrownBy(() -> CallerDetails.of("+14089178877", null, "408-917-8878", null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("callerPhoneNumber"));
    }
}
