package dev.switchboard.adapter.rest.facade;

import static dev.switchboard.adapter.rest.facade.FacadeTestBed.NOW;
import static dev.switchboard.adapter.rest.facade.FacadeTestBed.transcriptSaved;
import static dev.switchboard.adapter.rest.facade.VendorExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays every example of the vendor's VoiceTranscriptObject documentation as printed, with the ids it
 * prints, and checks both the returned string and what was stored.
 */
class VoiceTranscriptObjectVendorExamplesTest {

    private static final String KEY_VALUE_ATTRIBUTES = "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]";

    private final FacadeTestBed bed = new FacadeTestBed();

    @Test
    void startVoiceInteractionReturnsTheNewInteractionsId() {
        bed.ids.thenReturn(START_INTERACTION_ID);

        String result = bed.facade.startVoiceInteraction(START_VOICE_INTERACTION);

        assertThat(result).isEqualTo("{\"interactionId\":\"ea01113cb7f71110b6e8bc15ae11a950\",\"status\":\"SUCCESS\"}");
        InteractionSummary stored = bed.interaction(START_INTERACTION_ID);
        assertThat(stored.interaction().caller()).isEqualTo(CallerDetails.of("+14089178877", null, "+14089178878",
                "f8453abb-a33d-45b7-bf01-52b7a821e99z", null));
        assertThat(stored.interaction().state()).isEqualTo(InteractionState.NEW);
        assertThat(stored.interaction().openedAt()).isEqualTo(NOW);
        assertThat(stored.conversationId()).isEmpty();
    }

    @Test
    void createConversationReturnsTheConversationsId() {
        bed.startInteraction(CREATE_CONVERSATION_INTERACTION_ID);
        bed.ids.thenReturn(CREATE_CONVERSATION_CONVERSATION_ID);

        String result = bed.facade.createConversation(CREATE_CONVERSATION_INTERACTION_ID, CREATE_CONVERSATION);

        assertThat(result).isEqualTo("{\"conversationId\":\"28435dbcb7f71110b6e8bc15ae11a972\",\"status\":\"SUCCESS\"}");
        InteractionSummary stored = bed.interaction(CREATE_CONVERSATION_INTERACTION_ID);
        assertThat(stored.conversationId()).contains(SysId.of(CREATE_CONVERSATION_CONVERSATION_ID));
        assertThat(stored.interaction().state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(bed.messages(CREATE_CONVERSATION_INTERACTION_ID)).isEmpty();
    }

    @Test
    void createConversationAgainReturnsTheSameConversation() {
        bed.startInteraction(CREATE_CONVERSATION_INTERACTION_ID);
        bed.ids.thenReturn(CREATE_CONVERSATION_CONVERSATION_ID);
        String first = bed.facade.createConversation(CREATE_CONVERSATION_INTERACTION_ID, CREATE_CONVERSATION);

        assertThat(bed.facade.createConversation(CREATE_CONVERSATION_INTERACTION_ID, CREATE_CONVERSATION))
                .isEqualTo(first);
    }

    @Test
    void addVoiceInteractionMessageStoresTheMessagesInTheInteractionsConversation() {
        bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);
        bed.ids.thenReturn(ADD_MESSAGES_CONVERSATION_ID);

        String result = bed.facade.addVoiceInteractionMessage(ADD_MESSAGES_INTERACTION_ID, ADD_MESSAGES);

        assertThat(result).isEqualTo(
                "Voice conversation transcript has been successfully saved. Conversation id: ea01113cb7f71110b6e8bc15ae11a94d");
        List<TranscriptMessage> messages = bed.messages(ADD_MESSAGES_INTERACTION_ID);
        assertThat(messages).extracting(TranscriptMessage::conversationId)
                .containsOnly(SysId.of(ADD_MESSAGES_CONVERSATION_ID));
        // The second message ends before it begins; vendor-compatible mode stores it as sent.
        assertThat(utterances(messages)).extracting(Utterance::participant, Utterance::content,
                        u -> u.offsets().beginMillis(), u -> u.offsets().endMillis(), Utterance::sentiment,
                        Utterance::internal, Utterance::event, Utterance::sourceMessageId)
                .containsExactly(
                        tuple(Participant.AGENT, "This is John. How can I help you?", 100_000L, 150_000L,
                                Sentiment.NEUTRAL, false, false, "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8"),
                        tuple(Participant.CUSTOMER, "Uh, yes, John. Um, I'm a little very frustrated right now.",
                                200_000L, 25_000L, Sentiment.NEGATIVE, false, false,
                                "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f"));
        InteractionSummary stored = bed.interaction(ADD_MESSAGES_INTERACTION_ID);
        assertThat(stored.interaction().state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(stored.interaction().sentiment()).contains(Sentiment.NEGATIVE);
    }

    @Test
    void resendingTheSameMessagesStoresThemOnce() {
        bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);
        bed.ids.thenReturn(ADD_MESSAGES_CONVERSATION_ID);
        bed.facade.addVoiceInteractionMessage(ADD_MESSAGES_INTERACTION_ID, ADD_MESSAGES);

        assertThat(bed.facade.addVoiceInteractionMessage(ADD_MESSAGES_INTERACTION_ID, ADD_MESSAGES))
                .isEqualTo(transcriptSaved(ADD_MESSAGES_CONVERSATION_ID));
        assertThat(bed.messages(ADD_MESSAGES_INTERACTION_ID)).hasSize(2);
    }

    @Test
    void endVoiceInteractionClosesTheInteractionWithItsRecording() {
        bed.startInteraction(END_INTERACTION_ID);
        bed.facade.addVoiceInteractionMessage(END_INTERACTION_ID, ADD_MESSAGES);

        String result = bed.facade.endVoiceInteraction(END_INTERACTION_ID, END_VOICE_INTERACTION);

        assertThat(result).isEqualTo("Success");
        InteractionSummary stored = bed.interaction(END_INTERACTION_ID);
        assertThat(stored.interaction().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(stored.interaction().recordingUrl())
                .contains(new RecordingUrl("https://servicenow.zoom.us/rec/QbF7XmPFHPlX1LG"));
        assertThat(stored.interaction().closedAt()).contains(NOW);
    }

    @Test
    void endingAgainTheSameWaySucceedsAgain() {
        bed.startInteraction(END_INTERACTION_ID);
        bed.facade.endVoiceInteraction(END_INTERACTION_ID, END_VOICE_INTERACTION);

        assertThat(bed.facade.endVoiceInteraction(END_INTERACTION_ID, END_VOICE_INTERACTION)).isEqualTo("Success");
    }

    @Test
    void endVoiceInteractionWithoutJsonClosesWithoutARecording() {
        String withNull = bed.startInteraction(ScriptedIdGenerator.random().value());
        String withBlank = bed.startInteraction(ScriptedIdGenerator.random().value());
        String withEmptyObject = bed.startInteraction(ScriptedIdGenerator.random().value());

        assertThat(bed.facade.endVoiceInteraction(withNull, null)).isEqualTo("Success");
        assertThat(bed.facade.endVoiceInteraction(withBlank, "  ")).isEqualTo("Success");
        assertThat(bed.facade.endVoiceInteraction(withEmptyObject, "{}")).isEqualTo("Success");

        for (String id : List.of(withNull, withBlank, withEmptyObject)) {
            assertThat(bed.interaction(id).interaction().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
            assertThat(bed.interaction(id).interaction().recordingUrl()).isEmpty();
        }
    }

    @Test
    void saveVoiceConversationTranscriptStoresTheDocumentedTranscript() {
        bed.startInteraction(TRANSCRIPT_INTERACTION_ID);
        bed.ids.thenReturn(TRANSCRIPT_CONVERSATION_ID);

        String result = bed.facade.saveVoiceConversationTranscript(VOICE_CONVERSATION_JSON);

        assertThat(result).isEqualTo(
                "Voice conversation transcript has been successfully saved. Conversation id: 9c573169c611228700193229fff72400");
        // Read back by begin offset, then end offset, then arrival: the pairs with equal offsets keep the order sent.
        List<TranscriptMessage> messages = bed.messages(TRANSCRIPT_INTERACTION_ID);
        assertThat(messages).extracting(TranscriptMessage::conversationId)
                .containsOnly(SysId.of(TRANSCRIPT_CONVERSATION_ID));
        assertThat(utterances(messages)).extracting(Utterance::participant, Utterance::content,
                        u -> u.offsets().beginMillis(), u -> u.offsets().endMillis(), Utterance::sentiment,
                        Utterance::internal, Utterance::event, Utterance::sourceMessageId, Utterance::loudness,
                        Utterance::attributesJson)
                .containsExactly(
                        tuple(Participant.AGENT, "This is John. How can I help you? Yeah,", 2_650L, 9_380L,
                                Sentiment.NEUTRAL, false, false, "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8", null,
                                KEY_VALUE_ATTRIBUTES),
                        tuple(Participant.CUSTOMER, "Uh, yes, John. I'm a little frustrated right now.", 9_120L,
                                22_900L, Sentiment.NEGATIVE, false, false, "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f", null,
                                KEY_VALUE_ATTRIBUTES),
                        tuple(Participant.AGENT, "I am sorry to hear that", 9_120L, 22_900L, Sentiment.NEGATIVE,
                                false, false, "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f", null, KEY_VALUE_ATTRIBUTES),
                        tuple(Participant.CUSTOMER, "I am having problems with my computer", 23_590L, 30_610L,
                                Sentiment.NEUTRAL, false, false, "ab09b3b6-23fd-4e41-be05-6b2b53c19059", null, "[]"),
                        tuple(Participant.CUSTOMER, "Agent asked for help in chat", 23_590L, 30_610L,
                                Sentiment.NEUTRAL, true, true, "ab09b3b6-23fd-4e41-be05-6b2b53c19059", null, "[]"));
        assertThat(messages).extracting(TranscriptMessage::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);

        // Two negative and three neutral messages: a mean score of -0.4 reads as negative.
        Conversation conversation = bed.conversation(TRANSCRIPT_INTERACTION_ID);
        assertThat(conversation.sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(conversation.source()).contains("AmazonConnect");
        assertThat(conversation.startedAt()).contains(Instant.parse("2021-08-06T15:07:51Z"));
        InteractionSummary stored = bed.interaction(TRANSCRIPT_INTERACTION_ID);
        assertThat(stored.conversationId()).contains(SysId.of(TRANSCRIPT_CONVERSATION_ID));
        assertThat(stored.interaction().sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(stored.interaction().transcriptSavedAt()).contains(NOW);
    }

    @Test
    void saveVoiceConversationTranscriptFindsTheInteractionByItsAmazonConnectContactId() {
        String interactionId = ScriptedIdGenerator.random().value();
        String conversationId = ScriptedIdGenerator.random().value();
        bed.startInteraction(interactionId, "{\"userId\":\"+14089178877\",\"clientSessionId\":\""
                + AMAZON_CONNECT_CONVERSATION_CLIENT_SESSION_ID + "\"}");
        bed.ids.thenReturn(conversationId);

        String result = bed.facade.saveVoiceConversationTranscript(AMAZON_CONNECT_CONVERSATION);

        assertThat(result).isEqualTo(transcriptSaved(conversationId));
        assertThat(utterances(bed.messages(interactionId))).extracting(Utterance::participant, Utterance::content,
                        Utterance::sentiment, Utterance::internal, Utterance::event, Utterance::loudness,
                        Utterance::attributesJson)
                .containsExactly(
                        // Sent as "Sentiment": vendor-compatible mode matches field names case-insensitively.
                        tuple(Participant.AGENT, "This is John. How can I help you? Yeah,", Sentiment.NEUTRAL,
                                false, false, null, KEY_VALUE_ATTRIBUTES),
                        tuple(Participant.CUSTOMER, "Uh, yes, John. I'm a little very frustrated right now.",
                                Sentiment.NEGATIVE, false, false, null, KEY_VALUE_ATTRIBUTES),
                        tuple(Participant.CUSTOMER, "Agent asked for help in chat", Sentiment.NEUTRAL, true, true,
                                null, "[]"));
        // One negative and two neutral messages: a mean score of -1/3 reads as negative.
        assertThat(bed.interaction(interactionId).interaction().sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(bed.interaction(interactionId).conversationId()).contains(SysId.of(conversationId));
    }

    @Test
    void aTranscriptIsAcceptedAfterTheCallEnded() {
        bed.startInteraction(TRANSCRIPT_INTERACTION_ID);
        bed.facade.endVoiceInteraction(TRANSCRIPT_INTERACTION_ID, END_VOICE_INTERACTION);
        bed.ids.thenReturn(TRANSCRIPT_CONVERSATION_ID);

        assertThat(bed.facade.saveVoiceConversationTranscript(VOICE_CONVERSATION_JSON))
                .isEqualTo(transcriptSaved(TRANSCRIPT_CONVERSATION_ID));
        assertThat(bed.messages(TRANSCRIPT_INTERACTION_ID)).hasSize(5);
    }

    private static List<Utterance> utterances(List<TranscriptMessage> messages) {
        return messages.stream().map(TranscriptMessage::utterance).toList();
    }
}
