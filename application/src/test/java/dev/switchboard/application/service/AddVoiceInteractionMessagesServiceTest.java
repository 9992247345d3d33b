package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.NOW;
import static dev.switchboard.application.service.VoiceInteractionTestBed.STRICT;
import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.MessageInput;
import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddVoiceInteractionMessagesServiceTest {

    private final VoiceInteractionTestBed bed = VoiceInteractionTestBed.withDefaults();

    private SentimentTally storedTallyOf(String interactionId) {
        return bed.storage.conversations().findByInteraction(SysId.of(interactionId)).orElseThrow().tally();
    }

    @Test
    void theFirstBatchCreatesTheConversationAndReturnsItsId() {
        bed.ids.thenReturn("86837a386f0331003b3c498f5d3ee4ca", "8439d3c753b51110b6e8ddeeff7b12e2");
        String interactionId = bed.startInteraction();

        SysId conversationId = bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(conversationId.value()).isEqualTo("8439d3c753b51110b6e8ddeeff7b12e2");
        assertThat(bed.services.getVoiceInteraction().getVoiceInteraction(interactionId).conversationId())
                .contains(conversationId);
    }

    @Test
    void laterBatchesGoToTheSameConversation() {
        String interactionId = bed.startInteraction();

        SysId first = bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000)));
        SysId second = bed.addMessages(interactionId, List.of(message("CUSTOMER", "Hi", 1000, 2000)));

        assertThat(second).isEqualTo(first);
        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi");
    }

    @Test
    void messagesPutANewInteractionInProgress() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void everyMessageOfTheVendorExampleIsStoredAlthoughThreeShareASourceId() {
        String interactionId = bed.startInteraction();

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
        String interactionId = bed.startInteraction();
        MessageInput input = new MessageInput("CUSTOMER", "I'm a little frustrated", 20000L, 25000L, "negative",
                -0.75, true, true, "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f", "[{\"key\":\"key1\",\"value\":\"value1\"}]");

        SysId conversationId = bed.addMessages(interactionId, List.of(input));

        TranscriptMessage stored = bed.messagesOf(interactionId).get(0);
        assertThat(stored.conversationId()).isEqualTo(conversationId);
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.receivedAt()).isEqualTo(NOW);
        assertThat(stored.utterance()).isEqualTo(new Utterance(Participant.CUSTOMER, "I'm a little frustrated",
                new OffsetRange(20000, 25000), Sentiment.NEGATIVE, new LoudnessScore(-0.75), true, true,
                "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f", "[{\"key\":\"key1\",\"value\":\"value1\"}]"));
    }

    @Test
    void messagesAreReadBackByBeginThenEndThenArrival() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(
                message("AGENT", "third", 30000, 35000),
                message("AGENT", "second, ends later", 10000, 20000),
                message("CUSTOMER", "first, ends sooner", 10000, 12000),
                message("CUSTOMER", "same offsets, arrived first", 40000, 45000),
                message("AGENT", "same offsets, arrived second", 40000, 45000)));
        bed.addMessages(interactionId, List.of(message("AGENT", "earliest, sent last", 5000, 6000)));

        assertThat(bed.contentsOf(interactionId)).containsExactly(
                "earliest, sent last",
                "first, ends sooner",
                "second, ends later",
                "third",
                "same offsets, arrived first",
                "same offsets, arrived second");
    }

    @Test
    void reSendingAnIdenticalBatchStoresNothingNew() {
        String interactionId = bed.startInteraction();
        SysId first = bed.addMessages(interactionId, vendorMessagesExample());

        SysId retry = bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(retry).isEqualTo(first);
        assertThat(bed.messagesOf(interactionId)).hasSize(5);
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(0, 3, 2));
    }

    @Test
    void aBatchOverlappingAnEarlierOneStoresOnlyTheNewMessages() {
        String interactionId = bed.startInteraction();
        MessageInput hello = message("AGENT", "Hello", 0, 1000, "POSITIVE", "m-1");
        MessageInput hi = message("CUSTOMER", "Hi", 1000, 2000, "POSITIVE", "m-2");
        MessageInput help = message("CUSTOMER", "I need help", 2000, 3000, "NEUTRAL", "m-3");
        bed.addMessages(interactionId, List.of(hello, hi));

        bed.addMessages(interactionId, List.of(hi, help));

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi", "I need help");
        assertThat(bed.messagesOf(interactionId)).extracting(TranscriptMessage::sequence).containsExactly(1L, 2L, 3L);
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(2, 1, 0));
    }

    @Test
    void aDuplicateInsideOneBatchIsStoredOnce() {
        String interactionId = bed.startInteraction();
        MessageInput hello = message("AGENT", "Hello", 0, 1000, "NEGATIVE", "m-1");

        bed.addMessages(interactionId, List.of(hello, message("CUSTOMER", "Hi", 1000, 2000), hello));

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi");
        assertThat(storedTallyOf(interactionId)).isEqualTo(new SentimentTally(0, 0, 1));
    }

    @Test
    void aReSentMessageWithAnotherSentimentIsStillTheSameMessage() {
        String interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000, "POSITIVE", "m-1")));

        bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000, "NEGATIVE", "m-1")));

        assertThat(bed.messagesOf(interactionId)).singleElement()
                .satisfies(stored -> assertThat(stored.utterance().sentiment()).isEqualTo(Sentiment.POSITIVE));
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.POSITIVE);
    }

    @Test
    void aBatchWithOneInvalidMessageStoresNothing() {
        String interactionId = bed.startInteraction();
        List<MessageInput> batch = List.of(
                message("AGENT", "This is John. How can I help you?", 10000, 15000),
                message("CUSTOMER", "Hi John", 20000, 25000),
                message("SUPERVISOR", "I am listening in", 30000, 35000));

        assertThatThrownBy(() -> bed.addMessages(interactionId, batch))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[2].participantId"));

        assertThat(bed.messagesOf(interactionId)).isEmpty();
        assertThat(bed.services.getVoiceInteraction().getVoiceInteraction(interactionId).conversationId()).isEmpty();
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.NEW);
    }

    @Test
    void anInvalidBatchLeavesEarlierMessagesAsTheyWere() {
        String interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000, "POSITIVE", "m-1")));

        assertThatThrownBy(() -> bed.addMessages(interactionId, List.of(
                message("CUSTOMER", "Hi", 1000, 2000, "NEGATIVE", "m-2"),
                message("CUSTOMER", "", 2000, 3000))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[1].content"));

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello");
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.POSITIVE);
    }

    @Test
    void aMissingMessageInTheBatchIsRejectedNamingItsPosition() {
        String interactionId = bed.startInteraction();
        List<MessageInput> batchWithAHole = Arrays.asList(message("AGENT", "Hello", 0, 1000), null);

        assertThatThrownBy(() -> bed.addMessages(interactionId, batchWithAHole))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[1]"));
        assertThat(bed.messagesOf(interactionId)).isEmpty();
    }

    @Test
    void errorsNameTheFieldOfTheOffendingMessage() {
        String interactionId = bed.startInteraction();

        assertThatThrownBy(() -> bed.addMessages(interactionId, List.of(
                new MessageInput("AGENT", "Hello", null, 1000L, null, null, false, false, null, null))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[0].beginOffsetMillis"));
        assertThatThrownBy(() -> bed.addMessages(interactionId, List.of(
                message("AGENT", "Hello", 0, 1000),
                message("AGENT", "Hello", 0, 1000, "FURIOUS", null))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("messages[1].sentiment");
                    assertThat(e.reason()).contains("NEGATIVE", "NEUTRAL", "POSITIVE");
                });
        assertThatThrownBy(() -> bed.addMessages(interactionId, List.of(
                new MessageInput("AGENT", "Hello", 0L, 1000L, null, 1.5, false, false, null, null))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[0].loudnessScore"));
    }

    @Test
    void anEmptyBatchIsRejectedNamingMessages() {
        assertThatThrownBy(() -> new AddVoiceInteractionMessagesUseCase.Command("86837a386f0331003b3c498f5d3ee4ca",
                List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("messages"));
    }

    @Test
    void anInvertedOffsetRangeIsAcceptedInCompatibilityMode() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message("CUSTOMER", "I'm a little frustrated", 200000, 25000)));

        assertThat(bed.messagesOf(interactionId)).singleElement()
                .extracting(stored -> stored.utterance().offsets())
                .isEqualTo(new OffsetRange(200000, 25000));
    }

    @Test
    void anInvertedOffsetRangeIsRejectedInStrictMode() {
        VoiceInteractionTestBed strict = VoiceInteractionTestBed.with(STRICT);
        String interactionId = strict.startInteraction();

        assertThatThrownBy(() -> strict.addMessages(interactionId, List.of(
                message("CUSTOMER", "I'm a little frustrated", 200000, 25000))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[0].endOffsetMillis"));
        assertThat(strict.messagesOf(interactionId)).isEmpty();
    }

    @Test
    void messagesAfterTheCloseAreRejectedAndNothingIsStored() {
        String interactionId = bed.startInteraction();
        bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000)));
        bed.close(interactionId, "https://zoom_instance/rec/QbF7XmPFHPlX1LG");
        List<MessageInput> late = List.of(message("CUSTOMER", "Are you there?", 1000, 2000));

        assertThatThrownBy(() -> bed.addMessages(interactionId, late)).isInstanceOf(InteractionClosedException.class);

        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello");
        assertThat(bed.interaction(interactionId).state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void messagesAfterTheCloseCreateNoConversation() {
        String interactionId = bed.startInteraction();
        bed.close(interactionId, null);

        assertThatThrownBy(() -> bed.addMessages(interactionId, vendorMessagesExample()))
                .isInstanceOf(InteractionClosedException.class);

        assertThat(bed.services.getVoiceInteraction().getVoiceInteraction(interactionId).conversationId()).isEmpty();
    }

    @Test
    void theVendorExamplesSentimentIsAggregatedOntoConversationAndInteraction() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, vendorMessagesExample());

        assertThat(bed.storage.conversations().findByInteraction(SysId.of(interactionId)).orElseThrow().sentiment())
                .contains(Sentiment.NEGATIVE);
        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void theAggregateFollowsEachBatch() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message("AGENT", "Happy to help", 0, 1000, "POSITIVE", null)));
        Sentiment afterFirst = bed.interaction(interactionId).sentiment().orElseThrow();
        bed.addMessages(interactionId, List.of(
                message("CUSTOMER", "This is awful", 1000, 2000, "NEGATIVE", null),
                message("CUSTOMER", "Really awful", 2000, 3000, "NEGATIVE", null)));
        Sentiment afterSecond = bed.interaction(interactionId).sentiment().orElseThrow();

        assertThat(afterFirst).isEqualTo(Sentiment.POSITIVE);
        assertThat(afterSecond).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void messagesWithoutSentimentLeaveTheInteractionWithoutOne() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message("AGENT", "Hello", 0, 1000, " ", null)));

        assertThat(bed.interaction(interactionId).sentiment()).isEmpty();
    }

    @Test
    void amazonsMixedCountsAsNeutral() {
        String interactionId = bed.startInteraction();

        bed.addMessages(interactionId, List.of(message("CUSTOMER", "Well, fine", 0, 1000, "MIXED", null)));

        assertThat(bed.interaction(interactionId).sentiment()).contains(Sentiment.NEUTRAL);
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> bed.addMessages("86837a386f0331003b3c498f5d3ee4ca", vendorMessagesExample()))
                .isInstanceOf(InteractionNotFoundException.class);
    }

    @Test
    void anIdThatIsNoSysIdIsNotFound() {
        assertThatThrownBy(() -> bed.addMessages("f8453abb-a33d-45b7-bf01-52b7a821e99z", vendorMessagesExample()))
                .isInstanceOf(InteractionNotFoundException.class);
    }
}
