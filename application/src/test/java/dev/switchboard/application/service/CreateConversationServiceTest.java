package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.domain.conversation.Participant.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateConversationServiceTest {

    /** The body of the vendor's POST /conversation example. */
    private static final CallerDetails CONVERSATION_CALLER = CallerDetails.of("+14089178877", "admin@example.com",
            "+14089178878", "f8453abb-a33d-45b7-bf01-52b7a821e99z", null);

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    private SysId createConversation(SysId interactionId, CallerDetails caller) {
        return bed.services.createConversation().createConversation(
                new CreateConversationUseCase.Command(interactionId, caller));
    }

    @Test
    void theConversationIsCreatedWithTheNextId() {
        bed.ids.thenReturn("7662cb4721751ea0b6e8dda1b27b131f", "a47e1afdb7471110b6e8bc15ae11a934");
        SysId interactionId = bed.startInteraction();

        SysId conversationId = createConversation(interactionId, CONVERSATION_CALLER);

        assertThat(conversationId).isEqualTo(SysId.of("a47e1afdb7471110b6e8bc15ae11a934"));
        assertThat(bed.conversationIdOf(interactionId)).contains(conversationId);
    }

    @Test
    void askingAgainReturnsTheSameConversation() {
        SysId interactionId = bed.startInteraction();

        SysId first = createConversation(interactionId, CONVERSATION_CALLER);
        SysId second = createConversation(interactionId, CONVERSATION_CALLER);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theConversationOfEarlierMessagesIsReturned() {
        SysId interactionId = bed.startInteraction();
        SysId fromMessages = bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000)));

        assertThat(createConversation(interactionId, CONVERSATION_CALLER)).isEqualTo(fromMessages);
    }

    @Test
    void creatingTheConversationPutsTheInteractionInProgress() {
        SysId interactionId = bed.startInteraction();

        createConversation(interactionId, CONVERSATION_CALLER);

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void callerDetailsFillTheInteractionsEmptyFields() {
        SysId interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, null, null));

        createConversation(interactionId, CONVERSATION_CALLER);

        assertThat(bed.interaction(interactionId).caller()).isEqualTo(CONVERSATION_CALLER);
    }

    @Test
    void callerDetailsNeverOverwriteWhatTheStartRecorded() {
        SysId interactionId = bed.startInteraction(CallerDetails.of("+14089178877", "beth.anglin", null,
                "contact-1", null));

        createConversation(interactionId, CallerDetails.of("+15550000000", "admin@example.com", "+14089178878",
                "contact-2", "inbound-1"));

        assertThat(bed.interaction(interactionId).caller()).isEqualTo(CallerDetails.of("+14089178877",
                "beth.anglin", "+14089178878", "contact-1", "inbound-1"));
    }

    @Test
    void aClosedInteractionGetsNoConversationAndKeepsItsCallerDetails() {
        SysId interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, null, null));
        bed.close(interactionId, null);

        assertThatThrownBy(() -> createConversation(interactionId, CONVERSATION_CALLER))
                .isInstanceOf(InteractionClosedException.class);
        assertThat(bed.conversationIdOf(interactionId)).isEmpty();
        assertThat(bed.interaction(interactionId).caller().agentId()).isNull();
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> createConversation(SysId.of("7662cb4721751ea0b6e8dda1b27b131f"), CONVERSATION_CALLER))
                .isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining("7662cb4721751ea0b6e8dda1b27b131f");
    }
}
