package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndVoiceInteractionServiceTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    @Test
    void closingRecordsTheStateTheRecordingAndTheTime() {
        SysId interactionId = bed.startInteraction();

        bed.close(interactionId, RECORDING);

        Interaction closed = bed.interaction(interactionId);
        assertThat(closed.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(closed.recordingUrl()).contains(RECORDING);
        assertThat(closed.closedAt()).contains(NOW);
    }

    @Test
    void anInteractionInProgressCanBeClosedWithoutARecording() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, VoiceInteractionTestBed.vendorMessagesExample());

        bed.close(interactionId, null);

        Interaction closed = bed.interaction(interactionId);
        assertThat(closed.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(closed.recordingUrl()).isEmpty();
        assertThat(closed.closedAt()).contains(NOW);
    }

    @Test
    void aRepeatedCloseSucceedsAndChangesNothing() {
        SysId interactionId = bed.startInteraction();
        bed.close(interactionId, RECORDING);
        bed.clock.advance(Duration.ofMinutes(5));

        assertThatCode(() -> bed.close(interactionId, RECORDING)).doesNotThrowAnyException();
        assertThatCode(() -> bed.close(interactionId, null)).doesNotThrowAnyException();

        Interaction closed = bed.interaction(interactionId);
        assertThat(closed.recordingUrl()).contains(RECORDING);
        assertThat(closed.closedAt()).contains(NOW);
    }

    @Test
    void closingAgainWithAnotherRecordingIsRefused() {
        SysId interactionId = bed.startInteraction();
        bed.close(interactionId, RECORDING);

        assertThatThrownBy(() -> bed.close(interactionId, new RecordingUrl("https://zoom_instance/rec/other")))
                .isInstanceOf(InteractionClosedException.class);

        assertThat(bed.interaction(interactionId).recordingUrl()).contains(RECORDING);
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> bed.close(SysId.of("86837a386f0331003b3c498f5d3ee4ca"), RECORDING))
                .isInstanceOf(InteractionNotFoundException.class);
    }
}
