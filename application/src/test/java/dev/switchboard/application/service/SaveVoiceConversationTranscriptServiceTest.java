package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.STRICT;
import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorTranscriptExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.MessageInput;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase.Command;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SaveVoiceConversationTranscriptServiceTest {

    private static final String CONTACT_ID = "f8453abb-a33d-45b7-bf01-52b7a821e99z";
    private static final Instant STARTED = Instant.parse("2021-08-06T15:07:51Z");

    private final VoiceInteractionTestBed bed = VoiceInteractionTestBed.withDefaults();

    private SysId save(String reference, List<MessageInput> transcript) {
        return bed.services.saveTranscript().saveTranscript(
                new Command(reference, "Amazon Connect", STARTED, transcript));
    }

    private Conversation storedConversationOf(String interactionId) {
        return bed.storage.conversations().findByInteraction(SysId.of(interactionId)).orElseThrow();
    }

    @Test
    void theInteractionIsFoundByItsSysId() {
        bed.ids.thenReturn("e67a6c30c7233010967a34c91dc26068", "8439d3c753b51110b6e8ddeeff7b12e2");
        String interactionId = bed.startInteraction();

        SysId conversationId = save("e67a6c30c7233010967a34c91dc26068", vendorTranscriptExample());

        assertThat(conversationId.value()).isEqualTo("8439d3c753b51110b6e8ddeeff7b12e2");
        assertThat(bed.contentsOf(interactionId)).containsExactly(
                "This is John. How can I help you?",
                "Uh, yes, John. Um, I'm a little frustrated right now.");
    }

    @Test
    void theInteractionIsFoundByTheExternalSystemsId() {
        String interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, CONTACT_ID, null));

        SysId conversationId = save(CONTACT_ID, vendorTranscriptExample());

        assertThat(bed.services.getVoiceInteraction().getVoiceInteraction(interactionId).conversationId())
                .contains(conversationId);
        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void theSysIdWinsOverAClientSessionIdOfTheSameValue() {
        String named = bed.startInteraction();
        String impostor = bed.startInteraction(CallerDetails.of("+14089178877", null, null, named, null));

        save(named, vendorTranscriptExample());

        assertThat(bed.messagesOf(named)).hasSize(2);
        assertThat(bed.messagesOf(impostor)).isEmpty();
    }

    @Test
    void aClientSessionIdShapedLikeASysIdStillFindsItsInteraction() {
        String externalId = "0123456789abcdef0123456789abcdef";
        String interactionId = bed.startInteraction(CallerDetails.of("+14089178877", null, null, externalId, null));

        save(externalId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void aReusedClientSessionIdNamesTheMostRecentlyOpenedInteraction() {
        CallerDetails caller = CallerDetails.of("+14089178877", null, null, CONTACT_ID, null);
        String older = bed.startInteraction(caller);
        bed.clock.advance(Duration.ofHours(1));
        String newer = bed.startInteraction(caller);

        save(CONTACT_ID, vendorTranscriptExample());

        assertThat(bed.messagesOf(newer)).hasSize(2);
        assertThat(bed.messagesOf(older)).isEmpty();
    }

    @Test
    void aTranscriptIsAcceptedAfterTheCallClosed() {
        String interactionId = bed.startInteraction();
        bed.close(interactionId, "https://zoom_instance/rec/QbF7XmPFHPlX1LG");

        save(interactionId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void aTranscriptPutsANewInteractionInProgress() {
        String interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(bed.interaction(interactionId).transcriptSavedAt()).contains(VoiceInteractionTestBed.NOW);
    }

    @Test
    void aSecondTranscriptIsRefusedAndNothingOfItIsStored() {
        String interactionId = bed.startInteraction();
        save(interactionId, vendorTranscriptExample());

        assertThatThrownBy(() -> save(interactionId, List.of(message("AGENT", "A second take", 300000, 310000))))
                .isInstanceOf(TranscriptAlreadyProcessedException.class)
                .hasMessage("ERROR: Interaction specified in the request has already been processed.");

        assertThat(bed.contentsOf(interactionId)).doesNotContain("A second take").hasSize(2);
    }

    @Test
    void aRejectedTranscriptCanBeCorrectedAndSentAgain() {
        String interactionId = bed.startInteraction();
        List<MessageInput> broken = List.of(
                message("AGENT", "This is John. How can I help you?", 100000, 150000),
                message("CUSTOMER", null, 200000, 250000));

        assertThatThrownBy(() -> save(interactionId, broken))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[1].content"));
        save(interactionId, vendorTranscriptExample());

        assertThat(bed.messagesOf(interactionId)).hasSize(2);
    }

    @Test
    void aMissingMessageInTheTranscriptIsRejectedNamingItsPosition() {
        String interactionId = bed.startInteraction();
        List<MessageInput> transcriptWithAHole = Arrays.asList(null, message("AGENT", "Hello", 0, 1000));

        assertThatThrownBy(() -> save(interactionId, transcriptWithAHole))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[0]"));
    }

    @Test
    void theTranscriptJoinsTheConversationOfTheLiveMessagesWithoutDuplicates() {
        String interactionId = bed.startInteraction();
        SysId live = bed.addMessages(interactionId, vendorMessagesExample().subList(0, 1));
        MessageInput sameFirstMessage = vendorMessagesExample().get(0);

        SysId saved = save(interactionId, List.of(sameFirstMessage, message("AGENT", "Goodbye", 60000, 61000)));

        assertThat(saved).isEqualTo(live);
        assertThat(bed.contentsOf(interactionId)).containsExactly("This is John. How can I help you?", "Goodbye");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aMissingInteractionIdIsRefusedWithTheVendorsMessage(String reference) {
        assertThatThrownBy(() -> new Command(reference, "Amazon Connect", STARTED, vendorTranscriptExample()))
                .isInstanceOf(InteractionIdMissingException.class)
                .hasMessage("ERROR: InteractionId is missing in the request.");
    }

    @Test
    void anEmptyTranscriptIsRejectedNamingTranscript() {
        assertThatThrownBy(() -> new Command("e67a6c30c7233010967a34c91dc26068", "Amazon Connect", STARTED, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript"));
    }

    @Test
    void theVendorsStartTimeIsReadAsUtc() {
        assertThat(Command.parseConversationStarted("2021-08-06 15:07:51")).isEqualTo(STARTED);
        assertThat(Command.parseConversationStarted(" 2021-08-06 15:07:51 ")).isEqualTo(STARTED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void anAbsentStartTimeIsNotSent(String value) {
        assertThat(Command.parseConversationStarted(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-08-06T15:07:51", "2021-08-06 15:07", "06/08/2021 15:07:51", "2021-13-06 15:07:51",
            "yesterday"})
    void aStartTimeInAnotherFormatIsRejectedNamingConversationStarted(String value) {
        assertThatThrownBy(() -> Command.parseConversationStarted(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("conversationStarted"));
    }

    @Test
    void theSourceAndStartTimeAreRecordedOnTheConversation() {
        String interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        Conversation conversation = storedConversationOf(interactionId);
        assertThat(conversation.source()).contains("Amazon Connect");
        assertThat(conversation.startedAt()).contains(STARTED);
    }

    @Test
    void theTranscriptsSentimentIsAggregatedOntoConversationAndInteraction() {
        String interactionId = bed.startInteraction();

        save(interactionId, vendorTranscriptExample());

        assertThat(storedConversationOf(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void theVendorExamplesInvertedOffsetsAreRejectedInStrictMode() {
        VoiceInteractionTestBed strict = VoiceInteractionTestBed.with(STRICT);
        String interactionId = strict.startInteraction();

        assertThatThrownBy(() -> strict.services.saveTranscript().saveTranscript(
                new Command(interactionId, "Amazon Connect", STARTED, vendorTranscriptExample())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[1].endOffsetMillis"));
        assertThat(strict.interaction(interactionId).transcriptSavedAt()).isEmpty();
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        String interactionId = bed.startInteraction();

        assertThatThrownBy(() -> save("e67a6c30c7233010967a34c91dc26068", vendorTranscriptExample()))
                .isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining("e67a6c30c7233010967a34c91dc26068");
        assertThatThrownBy(() -> save("no-such-contact", vendorTranscriptExample()))
                .isInstanceOf(InteractionNotFoundException.class);
        assertThat(bed.messagesOf(interactionId)).isEmpty();
    }
}
