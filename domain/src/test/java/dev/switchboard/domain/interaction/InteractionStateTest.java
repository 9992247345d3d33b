package dev.switchboard.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class InteractionStateTest {

    @Test
    void statesUseTheVendorsWireValues() {
        assertThat(InteractionState.fromValue("new")).isEqualTo(InteractionState.NEW);
        assertThat(InteractionState.fromValue("work_in_progress")).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(InteractionState.fromValue("closed_complete")).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(InteractionState.CLOSED_COMPLETE.value()).isEqualTo("closed_complete");
    }

    @Test
    void anUnknownStateIsRejectedNamingState() {
        assertThatThrownBy(() -> InteractionState.fromValue("CLOSED_COMPLETE"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("state"));
    }
}
