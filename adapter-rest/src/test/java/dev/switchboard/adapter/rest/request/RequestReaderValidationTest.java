package dev.switchboard.adapter.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check a request passes on its way in: the reader builds the domain values, so a malformed request is
 * refused here, naming the field and, inside a list, the position of the offending message.
 */
class RequestReaderValidationTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String VENDOR_URL = "https: //zoom_instance/rec/QbF7XmPFHPlX1LG";

    private final RequestReader lenient = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults());
    private final RequestReader strict = new RequestReader(Leniency.STRICT,
            new TranscriptPolicy(SentimentMapping.defaults(), false));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"endOffsetMillis\":2}                          | messages[0].beginOffsetMillis",
        "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2,\"sentiment\":\"FURIOUS\"} | messages[0].sentiment",
        "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2,\"loudnessScore\":1.5}    | messages[0].loudnessScore",
        "{\"participantId\":\"SUPERVISOR\",\"content\":\"hi\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2}                    | messages[0].participantId",
        "{\"participantId\":\"AGENT\",\"content\":\"\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2}                            | messages[0].content",
    })
    void anInvalidMessageIsNamedWithItsPosition(String message, String field) {
        String body = "[" + message.strip() + "]";

        assertThatThrownBy(() -> messages(lenient, body))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field.strip()));
    }

    @Test
    void theErrorNamesTheOffendingMessageOfTheBatch() {
        String body = "[" + message("AGENT", "one", 1, 2) + "," + message("AGENT", "two", 3, 4).replace("AGENT", "BOT")
                + "]";

        assertThatThrownBy(() -> messages(lenient, body)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("messages[1].participantId"));
    }

    @Test
    void aHoleInTheBatchIsNamedByPosition() {
        String body = "[" + message("AGENT", "one", 1, 2) + ",null]";

        assertThatThrownBy(() -> messages(lenient, body)).isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("'messages[1]' must be an object");
    }

    @Test
    void anEndBeforeTheBeginIsKeptInCompatibilityModeAndNamedInStrictMode() {
        String body = "[" + message("AGENT", "late", 200000, 25000) + "]";

        assertThat(messages(lenient, body).get(0).offsets().isInverted()).isTrue();
        assertThatThrownBy(() -> messages(strict, body)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("messages[0].endOffsetMillis"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"negative, NEGATIVE", "MIXED, NEUTRAL", "' ', -"})
    void sentimentLabelsTranslateCaseInsensitivelyAndBlankIsNone(String label, Sentiment expected) {
        String body = "[" + message("AGENT", "hi", 1, 2).replace("}", ",\"sentiment\":\"" + label + "\"}") + "]";

        assertThat(messages(lenient, body).get(0).sentiment()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8453abb-a33d-45b7-bf01-52b7a821e99z", "not-an-id", "4462CB4753751110B6E8DDEEFF7B12CA"})
    void anIdThatIsNoSysIdNamesNoInteraction(String id) {
        RequestReader.Body messages = lenient.parse("[" + message("AGENT", "hi", 1, 2) + "]", BodyFormat.JSON);
        RequestReader.Body close = lenient.parse("{\"state\":\"closed_complete\"}", BodyFormat.JSON);
        RequestReader.Body caller = lenient.parse("{\"userId\":\"+14089178877\"}", BodyFormat.JSON);

        assertThatThrownBy(() -> lenient.addMessages(id, messages)).isInstanceOf(InteractionNotFoundException.class);
        assertThatThrownBy(() -> lenient.endVoiceInteraction(id, close)).isInstanceOf(InteractionNotFoundException.class);
        assertThatThrownBy(() -> lenient.createConversation(id, caller)).isInstanceOf(InteractionNotFoundException.class);
        assertThatThrownBy(() -> InteractionIds.parse(id)).isInstanceOf(InteractionNotFoundException.class)
                .hasMessageContaining(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"state\":\"\"}", "{\"state\":\"new\"}", "{\"state\":\"work_in_progress\"}",
        "{\"state\":\"closed\"}", "{\"state\":\"CLOSED_COMPLETE\"}", "{\"state\":\"Closed_Complete\"}"})
    void anyStateButClosedCompleteIsRefusedNamingState(String body) {
        assertThatThrownBy(() -> lenient.endVoiceInteraction(ID, lenient.parse(body, BodyFormat.JSON)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("state"));
    }

    @Test
    void theVendorsRecordingUrlLosesItsSpaceInCompatibilityModeAndIsNamedInStrictMode() {
        assertThat(close(lenient, VENDOR_URL)).isEqualTo(new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG"));
        assertThatThrownBy(() -> close(strict, VENDOR_URL)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("recordingURL"));
    }

    @Test
    void aCleanRecordingUrlReadsTheSameInBothModesAndABlankOneIsNone() {
        String clean = "https://zoom_instance/rec/QbF7XmPFHPlX1LG";

        assertThat(close(strict, clean)).isEqualTo(close(lenient, clean)).isEqualTo(new RecordingUrl(clean));
        assertThat(close(lenient, "  ")).isNull();
    }

    @Test
    void aRecordingUrlThatIsNotHttpIsRefusedInBothModes() {
        for (RequestReader reader : List.of(lenient, strict)) {
            assertThatThrownBy(() -> close(reader, "ftp: //zoom_instance/rec/1"))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("recordingURL"));
        }
    }

    @Test
    void theFacadesCloseWithoutABodyHasNoRecording() {
        assertThat(lenient.closeVoiceInteraction(ID, null).recordingUrl()).isNull();
        assertThat(lenient.closeVoiceInteraction(ID, " ").recordingUrl()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2021-08-06 15:07:51\"", "\" 2021-08-06 15:07:51 \""})
    void theVendorsStartTimeIsReadAsUtc(String started) {
        assertThat(transcript(started).origin().startedAt()).isEqualTo(Instant.parse("2021-08-06T15:07:51Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"\"", "\"  \""})
    void anAbsentStartTimeIsNone(String started) {
        assertThat(transcript(started).origin().startedAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-08-06T15:07:51", "2021-08-06 15:07", "06/08/2021 15:07:51", "2021-13-06 15:07:51",
        "yesterday"})
    void aStartTimeInAnotherFormatIsRefusedNamingConversationStarted(String started) {
        assertThatThrownBy(() -> transcript("\"" + started + "\"")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("conversationStarted"));
    }

    @Test
    void transcriptMessagesAreNamedByTheirPositionInTheTranscript() {
        String body = "{\"interactionId\":\"cs-1\",\"transcript\":[" + message("AGENT", "one", 1, 2) + ","
                + message("CUSTOMER", "two", 200000, 25000) + "]}";

        assertThat(lenient.saveTranscript(null, lenient.parse(body, BodyFormat.JSON)).transcript()).hasSize(2);
        assertThatThrownBy(() -> strict.saveTranscript(null, strict.parse(body, BodyFormat.JSON)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[1].endOffsetMillis"));
        String withoutContent = body.replace("\"content\":\"two\",", "");
        assertThatThrownBy(() -> lenient.saveTranscript(null, lenient.parse(withoutContent, BodyFormat.JSON)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("transcript[1].content"));
    }

    private static String message(String participant, String content, long begin, long end) {
        return "{\"participantId\":\"" + participant + "\",\"content\":\"" + content + "\",\"beginOffsetMillis\":"
                + begin + ",\"endOffsetMillis\":" + end + "}";
    }

    private static List<Utterance> messages(RequestReader reader, String json) {
        return reader.addMessages(ID, reader.parse(json, BodyFormat.JSON)).messages();
    }

    private static RecordingUrl close(RequestReader reader, String url) {
        String body = "{\"state\":\"closed_complete\",\"recordingURL\":\"" + url + "\"}";
        return reader.endVoiceInteraction(ID, reader.parse(body, BodyFormat.JSON)).recordingUrl();
    }

    private SaveVoiceConversationTranscriptUseCase.Command transcript(String started) {
        String body = "{\"interactionId\":\"cs-1\",\"conversationStarted\":" + started + ",\"transcript\":["
                + message("AGENT", "hi", 1, 2) + "]}";
        return lenient.saveTranscript(null, lenient.parse(body, BodyFormat.JSON));
    }
}
