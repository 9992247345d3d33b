package dev.switchboard.adapter.rest.facade;

import static dev.switchboard.adapter.rest.facade.FacadeTestBed.transcriptSaved;
import static dev.switchboard.adapter.rest.facade.VendorExamples.ADD_MESSAGES;
import static dev.switchboard.adapter.rest.facade.VendorExamples.ADD_MESSAGES_INTERACTION_ID;
import static dev.switchboard.adapter.rest.facade.VendorExamples.CREATE_CONVERSATION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.END_VOICE_INTERACTION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.START_VOICE_INTERACTION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.TRANSCRIPT_CONVERSATION_ID;
import static dev.switchboard.adapter.rest.facade.VendorExamples.TRANSCRIPT_INTERACTION_ID;
import static dev.switchboard.adapter.rest.facade.VendorExamples.VOICE_CONVERSATION_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.interaction.InteractionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Every documented error form of the facade, with the messages of the failures behind them. */
class VoiceTranscriptObjectErrorsTest {

    private static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";

    private final FacadeTestBed bed = new FacadeTestBed();

    @Test
    void startingWithoutAUserIdFails() {
        assertThat(bed.facade.startVoiceInteraction("{\"callerPhoneNumber\":\"+14089178878\"}")).isEqualTo(
                "{\"error\":\"Exception occurred while starting the interaction: Invalid value for 'userId': is required\","
                        + "\"status\":\"FAILED\"}");
    }

    @Test
    void creatingAConversationWithoutAUserIdFails() {
        String interactionId = bed.startInteraction(UNKNOWN_ID);

        assertThat(bed.facade.createConversation(interactionId, "{}")).isEqualTo(
                "{\"error\":\"Exception occurred while creating a conversation: Invalid value for 'userId': is required\","
                        + "\"status\":\"FAILED\"}");
        assertThat(bed.interaction(interactionId).conversationId()).isEmpty();
    }

    @Test
    void badJsonFailsWithTheParsersMessage() {
        String start = bed.facade.startVoiceInteraction("{\"userId\":");
        assertThat(start)
                .startsWith("{\"error\":\"Exception occurred while starting the interaction: "
                        + "The request body is not valid JSON: ")
                .endsWith("\",\"status\":\"FAILED\"}");
        assertThat(json(start).get("status").asText()).isEqualTo("FAILED");

        assertThat(bed.facade.createConversation(UNKNOWN_ID, "not json")).startsWith(
                "{\"error\":\"Exception occurred while creating a conversation: The request body is not valid JSON: ");
        assertThat(bed.facade.addVoiceInteractionMessage(UNKNOWN_ID, "[{")).startsWith(
                "Exception occurred while adding the message: The request body is not valid JSON: ");
        assertThat(bed.facade.endVoiceInteraction(UNKNOWN_ID, "{\"recordingURL\"")).startsWith(
                "Exception occurred while ending the interaction: The request body is not valid JSON: ");
        assertThat(bed.facade.saveVoiceConversationTranscript("{\"interactionId\":}")).startsWith(
                "Voice conversation transcript could not be saved. Detail error: The request body is not valid JSON: ");
    }

    @Test
    void anEmptyBodyFails() {
        assertThat(bed.facade.startVoiceInteraction(null)).isEqualTo(
                "{\"error\":\"Exception occurred while starting the interaction: The request body is empty\","
                        + "\"status\":\"FAILED\"}");
        assertThat(bed.facade.addVoiceInteractionMessage(UNKNOWN_ID, " ")).isEqualTo(
                "Exception occurred while adding the message: The request body is empty");
        assertThat(bed.facade.saveVoiceConversationTranscript(null)).isEqualTo(
                "Voice conversation transcript could not be saved. Detail error: The request body is empty");
    }

    @Test
    void messagesMustComeAsAnArray() {
        String interactionId = bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);

        assertThat(bed.facade.addVoiceInteractionMessage(interactionId, "{\"content\":\"hello\"}")).isEqualTo(
                "Exception occurred while adding the message: The request body must be a JSON array of messages");
    }

    @Test
    void anInvalidMessageRejectsTheWholeBatchAndNamesTheField() {
        String interactionId = bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);
        String batch = ADD_MESSAGES.replace("\"participantId\":\"CUSTOMER\"", "\"participantId\":\"BOT\"");

        assertThat(bed.facade.addVoiceInteractionMessage(interactionId, batch)).isEqualTo(
                "Exception occurred while adding the message: "
                        + "Invalid value for 'messages[1].participantId': must be AGENT or CUSTOMER, was 'BOT'");
        assertThat(bed.messages(interactionId)).isEmpty();
    }

    @Test
    void anUnknownInteractionIsReportedByEveryMethod() {
        String notFound = "No voice interaction found for id '" + UNKNOWN_ID + "'";

        assertThat(bed.facade.createConversation(UNKNOWN_ID, CREATE_CONVERSATION)).isEqualTo(
                "{\"error\":\"Exception occurred while creating a conversation: " + notFound + "\",\"status\":\"FAILED\"}");
        assertThat(bed.facade.addVoiceInteractionMessage(UNKNOWN_ID, ADD_MESSAGES))
                .isEqualTo("Exception occurred while adding the message: " + notFound);
        assertThat(bed.facade.endVoiceInteraction(UNKNOWN_ID, END_VOICE_INTERACTION))
                .isEqualTo("Exception occurred while ending the interaction: " + notFound);
        assertThat(bed.facade.endVoiceInteraction(UNKNOWN_ID, null))
                .isEqualTo("Exception occurred while ending the interaction: " + notFound);
        assertThat(bed.facade.saveVoiceConversationTranscript(
                VOICE_CONVERSATION_JSON.replace(TRANSCRIPT_INTERACTION_ID, UNKNOWN_ID)))
                .isEqualTo("Voice conversation transcript could not be saved. Detail error: " + notFound);
    }

    @Test
    void anIdThatIsNotASysIdNamesNoInteraction() {
        assertThat(bed.facade.addVoiceInteractionMessage("not-a-sys-id", ADD_MESSAGES))
                .isEqualTo("Exception occurred while adding the message: No voice interaction found for id 'not-a-sys-id'");
    }

    @Test
    void messagesAreRefusedAfterTheInteractionEnded() {
        String interactionId = bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);
        bed.facade.addVoiceInteractionMessage(interactionId, ADD_MESSAGES);
        assertThat(bed.facade.endVoiceInteraction(interactionId, END_VOICE_INTERACTION)).isEqualTo("Success");

        String late = ADD_MESSAGES.replace("How can I help you?", "Are you still there?");

        assertThat(bed.facade.addVoiceInteractionMessage(interactionId, late)).isEqualTo(
                "Exception occurred while adding the message: Voice interaction 1f4ed6fdb7471110b6e8bc15ae11a971 "
                        + "is closed_complete; no further messages are accepted");
        assertThat(bed.messages(interactionId)).hasSize(2);
    }

    @Test
    void anEndedInteractionCannotBeEndedWithAnotherRecording() {
        String interactionId = bed.startInteraction(ADD_MESSAGES_INTERACTION_ID);
        bed.facade.endVoiceInteraction(interactionId, END_VOICE_INTERACTION);

        assertThat(bed.facade.endVoiceInteraction(interactionId, "{\"recordingURL\":\"https://example.com/other\"}"))
                .isEqualTo("Exception occurred while ending the interaction: Voice interaction " + interactionId
                        + " is closed_complete; it cannot be closed again with a different recordingURL");
        assertThat(bed.interaction(interactionId).interaction().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void aSecondTranscriptForTheSameInteractionIsRefusedWithTheVendorsSentence() {
        bed.startInteraction(TRANSCRIPT_INTERACTION_ID);
        bed.ids.thenReturn(TRANSCRIPT_CONVERSATION_ID);
        assertThat(bed.facade.saveVoiceConversationTranscript(VOICE_CONVERSATION_JSON))
                .isEqualTo(transcriptSaved(TRANSCRIPT_CONVERSATION_ID));

        assertThat(bed.facade.saveVoiceConversationTranscript(VOICE_CONVERSATION_JSON))
                .isEqualTo("ERROR: Interaction specified in the request has already been processed.");
        assertThat(bed.messages(TRANSCRIPT_INTERACTION_ID)).hasSize(5);
    }

    @Test
    void aTranscriptWithoutAnInteractionIdIsRefusedWithTheVendorsSentence() {
        String withoutId = VOICE_CONVERSATION_JSON.replace(
                "   \"interactionId\":\"e67a6c30c7233010967a34c91dc26068\",\n", "");
        String withBlankId = VOICE_CONVERSATION_JSON.replace(TRANSCRIPT_INTERACTION_ID, "");

        assertThat(bed.facade.saveVoiceConversationTranscript(withoutId))
                .isEqualTo("ERROR: InteractionId is missing in the request.");
        assertThat(bed.facade.saveVoiceConversationTranscript(withBlankId))
                .isEqualTo("ERROR: InteractionId is missing in the request.");
    }

    @Test
    void anInvalidTranscriptIsReportedWithItsDetail() {
        bed.startInteraction(TRANSCRIPT_INTERACTION_ID);
        String badTimestamp = VOICE_CONVERSATION_JSON.replace("2021-08-06 15:07:51", "yesterday");

        assertThat(bed.facade.saveVoiceConversationTranscript(badTimestamp)).isEqualTo(
                "Voice conversation transcript could not be saved. Detail error: "
                        + "Invalid value for 'conversationStarted': must have the form YYYY-MM-DD HH:MM:SS, was 'yesterday'");
        assertThat(bed.messages(TRANSCRIPT_INTERACTION_ID)).isEmpty();
    }

    @Test
    void aQuoteInAnErrorMessageIsEscapedInTheJsonResults() {
        String start = bed.facade.startVoiceInteraction(
                START_VOICE_INTERACTION.replace("\"+14089178878\"", "\"call \\\"me\\\" back\""));

        assertThat(start).isEqualTo("{\"error\":\"Exception occurred while starting the interaction: "
                + "Invalid value for 'callerPhoneNumber': must be an E.164 phone number such as +14089178878, "
                + "was 'call \\\"me\\\" back'\",\"status\":\"FAILED\"}");
        assertThat(json(start).get("error").asText()).endsWith("was 'call \"me\" back'");

        String create = bed.facade.createConversation("no\"such\\id", CREATE_CONVERSATION);

        assertThat(create).isEqualTo("{\"error\":\"Exception occurred while creating a conversation: "
                + "No voice interaction found for id 'no\\\"such\\\\id'\",\"status\":\"FAILED\"}");
        assertThat(json(create).get("error").asText()).endsWith("id 'no\"such\\id'");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
