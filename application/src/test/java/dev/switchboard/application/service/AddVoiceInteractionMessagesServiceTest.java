package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static dev.switchboard.domain.conversation.Participant.AGENT;
import static dev.switchboard.domain.conversation.Participant.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddVoiceInteractionMessagesServiceTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    private SentimentTally storedTallyOf(SysId interactionId) {
        return bed.storage.conversations().findByInteraction(interactionId).orElseThrow().tally();
    }

    @Test
    void theFirstBatchCreatesTheConversationAndReturnsItsId() {
        bed.ids.thenReturn("86837a386f0331003b3c498f5d3ee4ca", "8439d3c753b51110b6e8ddeeff7b12e2");
        SysId interactionId = bed.startInteraction();

        SysId conversationId = bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(conversationId).isEqualTo(SysId.of("8439d3c753b51110b6e8ddeeff7b12e2"));
        assertThat(bed.conversationIdOf(interactionId)).contains(conversationId);
    }

    @Test
    void laterBatchesGoToTheSameConversation() {
        SysId interactionId = bed.startInteraction();

        SysId first = bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000)));
        SysId second = bed.addMessages(interactionId, List.of(message(CUSTOMER, "Hi", 1000, 2000)));

        assertThat(second).isEqualTo(first);
        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi");
    }

    @Test
    void messagesPutANewInteractionInProgress() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void everyMessageOfTheVendorExampleIsStoredAlthoughThreeShareASourceId() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(bed.contentsOf(interactionId)).containsExactly(
                "This is John. How can I help you?",
                "Uh, yes, John. Um, I'm a little very frustrated right now.",
                "I am sorry to hear that",
                "Can you help me with my insurance? My ssn is 123-12-1234",
                "Of course, let me check your account");
    }

    @Test
    void aStoredMessageKeepsEverythingTheProviderSent() {
        SysId interactionId = bed.startInteraction();
        Utterance sent = new Utterance(CUSTOMER, "I'm a little frustrated", new OffsetRange(20000, 25000),
                Sentiment.NEGATIVE, new LoudnessScore(-0.75), true, true, "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f",
                "[{\"key\":\"key1\",\"value\":\"value1\"}]");

        SysId conversationId = bed.addMessages(interactionId, List.of(sent));

        TranscriptMessage stored = bed.messagesOf(interactionId).get(0);
        assertThat(stored.conversationId()).isEqualTo(conversationId);
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.receivedAt()).isEqualTo(NOW);
        assertThat(stored.utterance()).isEqualTo(sent);
    }

    @Test
    void messagesAreReadBackByBeginThenEndThenArrival() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(
                message(AGENT, "third", 30000, 35000),
                message(AGENT, "second, ends later", 10000, 20000),
                message(CUSTOMER, "first, ends sooner", 10000, 12000),
                message(CUSTOMER, "same offsets, arrived first", 40000, 45000),
                message(AGENT, "same offsets, arrived second", 40000, 45000)));
        bed.addMessages(interactionId, List.of(message(AGENT, "earliest, sent last", 5000, 6000)));

        assertThat(bed.contentsOf(interactionId)).containsExactly("earliest, sent last", "first, ends sooner",
                "second, ends later", "third", "same offsets, arrived first", "same offsets, arrived second");
    }

    @Test
    void anUtteranceEndingBeforeItBeginsIsStoredAsSent() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message(CUSTOMER, "I'm a little frustrated", 200000, 25000)));

        assertThat(bed.messagesOf(interactionId)).singleElement()
                .extracting(stored -> stored.utterance().offsets())
                .isEqualTo(new OffsetRange(200000, 25000));
    }

    @Test
    void reSendingAnIdenticalBatchStoresNothingNew() {
        SysId interactionId = bed.startInteraction();
        SysId first = bed.addMessages(interactionId, vendorMessagesExample());

        SysId retry = bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(retry).isEqualTo(first);
        assertThat(bed.messagesOf(interactionId)).hasSize(5);
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(0, 3, 2));
    }

    @Test
    void aBatchOverlappingAnEarlierOneStoresOnlyTheNewMessages() {
        SysId interactionId = bed.startInteraction();
        Utterance hello = message(AGENT, "Hello", 0, 1000, Sentiment.POSITIVE, "m-1");
        Utterance hi = message(CUSTOMER, "Hi", 1000, 2000, Sentiment.POSITIVE, "m-2");
        Utterance help = message(CUSTOMER, "I need help", 2000, 3000, Sentiment.NEUTRAL, "m-3");
        bed.addMessages(interactionId, List.of(hello, hi));

        bed.addMessages(interactionId, List.of(hi, help));

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi", "I need help");
        assertThat(bed.messagesOf(interactionId)).extracting(TranscriptMessage::sequence).containsExactly(1L, 2L, 3L);
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(2, 1, 0));
    }

    @Test
    void aDuplicateInsideOneBatchIsStoredOnce() {
        SysId interactionId = bed.startInteraction();
        Utterance hello = message(AGENT, "Hello", 0, 1000, Sentiment.NEGATIVE, "m-1");

        bed.addMessages(interactionId, List.of(hello, message(CUSTOMER, "Hi", 1000, 2000), hello));

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi");
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(0, 0, 1));
    }

    @Test
    void aReSentMessageWithAnotherSentimentIsStillTheSameMessage() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000, Sentiment.POSITIVE, "m-1")));

        bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000, Sentiment.NEGATIVE, "m-1")));

        assertThat(bed.messagesOf(interactionId)).singleElement()
                .satisfies(stored -> assertThat(stored.utterance().sentiment()).isEqualTo(Sentiment.POSITIVE));
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.POSITIVE);
    }

    @Test
    void aBatchThatFailsPartWayStoresNothing() {
        SysId interactionId = bed.startInteraction();
        // The conversation's id and the first message's id are handed out; the second message's id fails.
        AddVoiceInteractionMessagesUseCase failing = bed.failingAfter(2).addMessages();

        assertThatThrownBy(() -> failing.addMessagesAndWait(
                new AddVoiceInteractionMessagesUseCase.Command(interactionId, vendorMessagesExample())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(bed.messagesOf(interactionId)).isEmpty();
        assertThat(bed.conversationIdOf(interactionId)).isEmpty();
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.NEW);
    }

    @Test
    void aFailedBatchLeavesEarlierMessagesAsTheyWere() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000, Sentiment.POSITIVE, "m-1")));
        AddVoiceInteractionMessagesUseCase failing = bed.failingAfter(1).addMessages();

        assertThatThrownBy(() -> failing.addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(
                interactionId, List.of(message(CUSTOMER, "Hi", 1000, 2000, Sentiment.NEGATIVE, "m-2"),
                        message(CUSTOMER, "Awful", 2000, 3000, Sentiment.NEGATIVE, "m-3")))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello");
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(1, 0, 0));
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.POSITIVE);
    }

    @Test
    void anEmptyBatchIsRejectedNamingMessages() {
        SysId interactionId = SysId.of("86837a386f0331003b3c498f5d3ee4ca");

        assertThatThrownBy(() -> new AddVoiceInteractionMessagesUseCase.Command(interactionId, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("messages"));
    }

    @Test
    void messagesAfterTheCloseAreRejectedAndNothingIsStored() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000)));
        bed.close(interactionId, RECORDING);
        List<Utterance> late = List.of(message(CUSTOMER, "Are you there?", 1000, 2000));

        assertThatThrownBy(() -> bed.addMessages(interactionId, late)).isInstanceOf(InteractionClosedException.class);

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello");
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void messagesAfterTheCloseCreateNoConversation() {
        SysId interactionId = bed.startInteraction();
        bed.close(interactionId, null);

        assertThatThrownBy(() -> bed.addMessages(interactionId, vendorMessagesExample()))
                .isInstanceOf(InteractionClosedException.class);

        assertThat(bed.conversationIdOf(interactionId)).isEmpty();
    }

    @Test
    void theVendorExamplesSentimentIsAggregatedOntoConversationAndInteraction() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(bed.storage.conversations().findByInteraction(interactionId).orElseThrow().sentiment())
                .contains(Sentiment.NEGATIVE);
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void theAggregateFollowsEachBatch() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message(AGENT, "Happy to help", 0, 1000, Sentiment.POSITIVE, null)));
        Sentiment afterFirst = bed.interaction(interactionId).sentiment().orElseThrow();
        bed.addMessages(interactionId, List.of(
                message(CUSTOMER, "This is awful", 1000, 2000, Sentiment.NEGATIVE, null),
                message(CUSTOMER, "Really awful", 2000, 3000, Sentiment.NEGATIVE, null)));
        Sentiment afterSecond = bed.interaction(interactionId).sentiment().orElseThrow();

        assertThat(afterFirst).isEqualTo(Sentiment.POSITIVE);
        assertThat(afterSecond).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void messagesWithoutSentimentLeaveTheInteractionWithoutOne() {
        SysId interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message(AGENT, "Hello", 0, 1000)));

        assertThat(bed.interaction(interactionId).sentiment()).isEmpty();
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        SysId unknown = SysId.of("86837a386f0331003b3c498f5d3ee4ca");

        assertThatThrownBy(() -> bed.addMessages(unknown, vendorMessagesExample()))
                .isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining("86837a386f0331003b3c498f5d3ee4ca");
    }
}
