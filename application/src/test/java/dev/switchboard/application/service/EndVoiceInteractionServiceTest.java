package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.EndVoiceInteractionUseCase.Command;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EndVoiceInteractionServiceTest {

    /** Exactly as the vendor's PATCH /state example prints it, stray space included. */
    private static final String VENDOR_RECORDING = "https: //zoom_instance/rec/QbF7XmPFHPlX1LG";
    private static final RecordingUrl RECORDING = new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG");

    private final VoiceInteractionTestBed bed = VoiceInteractionTestBed.withDefaults();

    private void end(VoiceInteractionTestBed testBed, String interactionId, String state, String recordingUrl) {
        testBed.services.endVoiceInteraction().endVoiceInteraction(new Command(interactionId, state, recordingUrl));
    }

    @Test
    void theVendorExampleClosesTheInteractionAndRecordsTheUrl() {
        String interactionId = bed.startInteraction();

        end(bed, interactionId, "closed_complete", VENDOR_RECORDING);

        Interaction closed = bed.interaction(interactionId);
        assertThat(closed.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(closed.recordingUrl()).contains(RECORDING);
        assertThat(closed.closedAt()).contains(NOW);
    }

    @Test
    void anInteractionInProgressCanBeClosedWithoutARecording() {
        String interactionId = bed.startInteraction();
        bed.addMessages(interactionId, VoiceInteractionTestBed.vendorMessagesExample());

        end(bed, interactionId, "closed_complete", "  ");

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(bed.interaction(interactionId).recordingUrl()).isEmpty();
    }

    @Test
    void aRepeatedCloseSucceedsAndChangesNothing() {
        String interactionId = bed.startInteraction();
        end(bed, interactionId, "closed_complete", VENDOR_RECORDING);
        bed.clock.advance(Duration.ofMinutes(5));

        assertThatCode(() -> end(bed, interactionId, "closed_complete", VENDOR_RECORDING)).doesNotThrowAnyException();
        assertThatCode(() -> end(bed, interactionId, "closed_complete", null)).doesNotThrowAnyException();

        Interaction closed = bed.interaction(interactionId);
        assertThat(closed.recordingUrl()).contains(RECORDING);
        assertThat(closed.closedAt()).contains(NOW);
    }

    @Test
    void closingAgainWithAnotherRecordingIsRefused() {
        String interactionId = bed.startInteraction();
        end(bed, interactionId, "closed_complete", VENDOR_RECORDING);

        assertThatThrownBy(() -> end(bed, interactionId, "closed_complete", "https://zoom_instance/rec/other"))
                .isInstanceOf(InteractionClosedException.class);

        assertThat(bed.interaction(interactionId).recordingUrl()).contains(RECORDING);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"new", "work_in_progress", "closed", "CLOSED_COMPLETE", "Closed_Complete"})
    void anyStateButClosedCompleteIsRejectedNamingState(String state) {
        assertThatThrownBy(() -> new Command("86837a386f0331003b3c498f5d3ee4ca", state, VENDOR_RECORDING))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("state"));
    }

    @Test
    void strictModeRejectsTheVendorsUrlAndLeavesTheInteractionOpen() {
        VoiceInteractionTestBed strict = VoiceInteractionTestBed.with(STRICT);
        String interactionId = strict.startInteraction();

        assertThatThrownBy(() -> end(strict, interactionId, "closed_complete", VENDOR_RECORDING))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("recordingURL"));

        assertThat(strict.interaction(interactionId).state()).isEqualTo(InteractionState.NEW);
    }

    @Test
    void strictModeAcceptsACleanUrl() {
        VoiceInteractionTestBed strict = VoiceInteractionTestBed.with(STRICT);
        String interactionId = strict.startInteraction();

        end(strict, interactionId, "closed_complete", "https://zoom_instance/rec/QbF7XmPFHPlX1LG");

        assertThat(strict.interaction(interactionId).recordingUrl()).contains(RECORDING);
    }

    @Test
    void aUrlThatIsNotHttpIsRejectedInEveryMode() {
        String interactionId = bed.startInteraction();

        assertThatThrownBy(() -> end(bed, interactionId, "closed_complete", "ftp://zoom_instance/rec/1"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("recordingURL"));
        assertThat(bed.interaction(interactionId).isClosed()).isFalse();
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> end(bed, "86837a386f0331003b3c498f5d3ee4ca", "closed_complete", VENDOR_RECORDING))
                .isInstanceOf(InteractionNotFoundException.class);
    }

    @Test
    void anIdThatIsNoSysIdIsNotFound() {
        assertThatThrownBy(() -> end(bed, "not-an-id", "closed_complete", null))
                .isInstanceOf(InteractionNotFoundException.class);
    }
}
