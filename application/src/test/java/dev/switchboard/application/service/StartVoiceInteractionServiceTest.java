package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.VENDOR_CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.shared.SysId;
import org.junit.jupiter.api.Test;

class StartVoiceInteractionServiceTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    @Test
    void aStartedInteractionGetsTheNextIdAndIsNew() {
        bed.ids.thenReturn("4462cb4753751110b6e8ddeeff7b12ca");

        SysId id = bed.startInteraction();

        assertThat(id).isEqualTo(SysId.of("4462cb4753751110b6e8ddeeff7b12ca"));
        InteractionSummary summary = bed.services.getVoiceInteraction().getVoiceInteraction(id);
        assertThat(summary.interaction().state()).isEqualTo(InteractionState.NEW);
        assertThat(summary.interaction().caller()).isEqualTo(VENDOR_CALLER);
        assertThat(summary.interaction().openedAt()).isEqualTo(NOW);
        assertThat(summary.conversationId()).isEmpty();
    }

    @Test
    void everyCallStartsItsOwnInteraction() {
        SysId first = bed.startInteraction();
        SysId second = bed.startInteraction();

        assertThat(first).isNotEqualTo(second);
        assertThat(bed.interaction(first).id()).isNotEqualTo(bed.interaction(second).id());
    }
}
