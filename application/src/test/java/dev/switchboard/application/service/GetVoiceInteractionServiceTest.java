package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static dev.switchboard.application.service.VoiceInteractionTestBed.VENDOR_CALLER;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetVoiceInteractionServiceTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    private InteractionSummary summary(SysId interactionId) {
        return bed.services.getVoiceInteraction().getVoiceInteraction(interactionId);
    }

    @Test
    void aNewInteractionHasNoConversationAndNoSentiment() {
        SysId interactionId = bed.startInteraction();

        InteractionSummary summary = summary(interactionId);

        assertThat(summary.interaction().id()).isEqualTo(interactionId);
        assertThat(summary.interaction().caller()).isEqualTo(VENDOR_CALLER);
        assertThat(summary.interaction().state()).isEqualTo(InteractionState.NEW);
        assertThat(summary.interaction().sentiment()).isEmpty();
        assertThat(summary.conversationId()).isEmpty();
    }

    @Test
    void theSummaryFollowsTheCallFromMessagesToClose() {
        SysId interactionId = bed.startInteraction();
        SysId conversationId = bed.addMessages(interactionId, vendorMessagesExample());
        bed.clock.advance(Duration.ofMinutes(3));
        bed.close(interactionId, RECORDING);

        InteractionSummary summary = summary(interactionId);

        assertThat(summary.conversationId()).contains(conversationId);
        assertThat(summary.interaction().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(summary.interaction().sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(summary.interaction().recordingUrl()).contains(RECORDING);
        assertThat(summary.interaction().openedAt()).isEqualTo(NOW);
        assertThat(summary.interaction().closedAt()).contains(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> summary(SysId.of("86837a386f0331003b3c498f5d3ee4ca")))
                .isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining("86837a386f0331003b3c498f5d3ee4ca");
    }
}
