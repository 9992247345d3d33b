package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorTranscriptExample;
import static dev.switchboard.domain.conversation.Participant.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase.Command;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionReference;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SaveVoiceConversationTranscriptServiceTest {

    private static final String CONTACT_ID = "f8453abb-a33d-45b7-bf01-52b7a821e99z";
    private static final Instant STARTED = Instant.parse("2021-08-06T15:07:51Z");
    private static final ConversationOrigin ORIGIN = new ConversationOrigin("Amazon Connect", STARTED);

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    /** @param reference a sys_id or a clientSessionId */
    private SysId save(String reference, List<Utterance> transcript) {
        return bed.services.saveTranscript().saveTranscript(new Command(new InteractionReference(reference), ORIGIN, transcript));
    }

    private SysId save(SysId interactionId, List<Utterance> transcript) {
        return save(interactionId.value(), transcript);
    }

    private Conversation storedConversationOf(SysId interactionId) {
        return bed.storage.conversations().findByInteraction(interactionId).orElseThrow();
    }

    @Test
    void theInteractionIsFoundByItsSysId() {
        bed.ids.thenReturn("e67a6c30c7233010967a34c91dc26068", "8439d3c753b51110b6e8ddeeff7b12e2");
        SysId interactionId = bed.startInteraction();

        SysId conversationId = save("e67a6c30c7233010967a34c91dc26068", vendorTranscriptExample());

        assertThat(conversationId).isEqualTo(SysId.of("8439d3c753b51110b6e8ddeeff7b12e2"));
        assertThat(bed.contentsOf(interactionId)).containsExactly(
                "This is John. How can I help you?",
                "Uh, yes, John. Um, I'm a little frustrated right now.");
    }

    @Test
    void theInteractionIsFoundByTheExternalSystemsId() {
        SysId interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, CONTACT_ID, null));

        SysId conversationId = save(CONTACT_ID, vendorTranscriptExample());

        assertThat(bed.conversationIdOf(interactionId)).contains(conversationId);
        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void theSysIdWinsOverAClientSessionIdOfTheSameValue() {
        SysId named = bed.startInteraction();
        SysId impostor = bed.startInteraction(CallerDetails.of("+14089178877", null, null, named.value(), null));

        save(named, vendorTranscriptExample());

        assertThat(bed.messagesOf(named)).hasSize(2);
        assertThat(bed.messagesOf(impostor)).isEmpty();
    }

    @Test
    void aClientSessionIdShapedLikeASysIdStillFindsItsInteraction() {
        String externalId = "0123456789abcdef0123456789abcdef";
        SysId interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, externalId, null));

        save(externalId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void aReusedClientSessionIdNamesTheMostRecentlyOpenedInteraction() {
        CallerDetails caller = CallerDetails.of("+14089178877", null, null, CONTACT_ID, null);
        SysId older = bed.startInteraction(caller);
        bed.clock.advance(Duration.ofHours(1));
        SysId newer = bed.startInteraction(caller);

        save(CONTACT_ID, vendorTranscriptExample());

        assertThat(bed.messagesOf(newer)).hasSize(2);
        assertThat(bed.messagesOf(older)).isEmpty();
    }

    @Test
    void aTranscriptIsAcceptedAfterTheCallClosed() {
        SysId interactionId = bed.startInteraction();
        bed.close(interactionId, RECORDING);

        save(interactionId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void aTranscriptPutsANewInteractionInProgress() {
        SysId interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(bed.interaction(interactionId).transcriptSavedAt()).contains(VoiceInteractionTestBed.NOW);
    }

    @Test
    void aSecondTranscriptIsRefusedAndNothingOfItIsStored() {
        SysId interactionId = bed.startInteraction();
        save(interactionId, vendorTranscriptExample());

        assertThatThrownBy(() -> save(interactionId, List.of(message(AGENT, "A second take", 300000, 310000))))
                .isInstanceOf(TranscriptAlreadyProcessedException.class)
                .hasMessage("ERROR: Interaction specified in the request has already been processed.");

        assertThat(bed.contentsOf(interactionId)).doesNotContain("A second take").hasSize(2);
    }

    @Test
    void aTranscriptThatFailedPartWayIsNotMarkedSavedAndCanBeSentAgain() {
        SysId interactionId = bed.startInteraction();
        // The conversation's id and the first message's id are handed out; the second message's id fails.
        SaveVoiceConversationTranscriptUseCase failing = bed.failingAfter(2).saveTranscript();

        assertThatThrownBy(() -> failing.saveTranscript(new Command(new InteractionReference(interactionId.value()), ORIGIN,
                vendorTranscriptExample()))).isInstanceOf(IllegalStateException.class);
        assertThat(bed.interaction(interactionId).transcriptSavedAt()).isEmpty();
        assertThat(bed.conversationIdOf(interactionId)).isEmpty();
        save(interactionId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void theTranscriptJoinsTheConversationOfTheLiveMessagesWithoutDuplicates() {
        SysId interactionId = bed.startInteraction();
        SysId live = bed.addMessages(interactionId, vendorMessagesExample().subList(0, 1));
        Utterance sameFirstMessage = vendorMessagesExample().get(0);

        SysId saved = save(interactionId, List.of(sameFirstMessage, message(AGENT, "Goodbye", 60000, 61000)));

        assertThat(saved).isEqualTo(live);
        assertThat(bed.contentsOf(interactionId)).containsExactly("This is John. How can I help you?", "Goodbye");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aMissingInteractionIdIsRefusedWithTheVendorsMessage(String reference) {
        assertThatThrownBy(() -> new InteractionReference(reference))
                .isInstanceOf(InteractionIdMissingException.class)
                .hasMessage("ERROR: InteractionId is missing in the request.");
    }

    @Test
    void anEmptyTranscriptIsRejectedNamingTranscript() {
        assertThatThrownBy(() -> new Command(new InteractionReference("e67a6c30c7233010967a34c91dc26068"), ORIGIN, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript"));
    }

    @Test
    void theSourceAndStartTimeAreRecordedOnTheConversation() {
        SysId interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        Conversation conversation = storedConversationOf(interactionId);
        assertThat(conversation.source()).contains("Amazon Connect");
        assertThat(conversation.startedAt()).contains(STARTED);
    }

    @Test
    void theTranscriptsSentimentIsAggregatedOntoConversationAndInteraction() {
        SysId interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        assertThat(storedConversationOf(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        SysId interactionId = bed.startInteraction();

        assertThatThrownBy(() -> save("e67a6c30c7233010967a34c91dc26068", vendorTranscriptExample()))
                .isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining("e67a6c30c7233010967a34c91dc26068");
        assertThatThrownBy(() -> save("no-such-contact", vendorTranscriptExample()))
                .isInstanceOf(InteractionNotFoundException.class);
        assertThat(bed.messagesOf(interactionId)).isEmpty();
    }
}
