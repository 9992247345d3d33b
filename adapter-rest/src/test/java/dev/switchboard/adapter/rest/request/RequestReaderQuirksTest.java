package dev.switchboard.adapter.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each quirk of the vendor's examples: read in compatibility mode, rejected by name in strict mode. */
class RequestReaderQuirksTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    /** The required fields of a message, clean; a test replaces one of them by its quirky form. */
    private static final String[] REQUIRED = {"\"participantId\":\"AGENT\"", "\"content\":\"hi\"",
        "\"beginOffsetMillis\":1", "\"endOffsetMillis\":2"};

    private final RequestReader lenient = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults());
    private final RequestReader strict = new RequestReader(Leniency.STRICT,
            new TranscriptPolicy(SentimentMapping.defaults(), false));

    @Test
    void trailingCommaInsideAnObject() {
        String body = "[{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2,}]";

        assertThat(messages(lenient, body)).singleElement()
                .satisfies(message -> assertThat(message.content()).isEqualTo("hi"));
        assertThatThrownBy(() -> messages(strict, body)).isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("line 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"isEvent\":\"False\"              | isEvent",
        "\"isInternalMessage\":\"TRUE\"     | isInternalMessage",
        "\"beginOffsetMillis\":\"1\"        | beginOffsetMillis",
        "\"loudnessScore\":\"null\"         | loudnessScore",
        "\"loudnessScore\":\"null,null\"    | loudnessScore",
        "\"loudnessScore\":\"0.25\"         | loudnessScore",
        "\"Sentiment\":\"NEGATIVE\"         | Sentiment",
        "\"unknownField\":1                 | unknownField",
    })
    void stringlyTypedAndMisnamedFields(String quirk, String name) {
        String json = "[{" + Stream.of(REQUIRED).filter(field -> !field.startsWith("\"" + name.strip() + "\""))
                .collect(Collectors.joining(",")) + "," + quirk.strip() + "}]";

        assertThat(messages(lenient, json)).hasSize(1);
        assertThatThrownBy(() -> messages(strict, json))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[0]." + name.strip()));
    }

    @Test
    void compatibilityModeReadsTheQuirkyValues() {
        String body = "[{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":\"10\","
                + "\"endOffsetMillis\":20,\"isEvent\":\"False\",\"isInternalMessage\":\"TRUE\","
                + "\"loudnessScore\":\"null,null\",\"Sentiment\":\"NEGATIVE\"}]";

        Utterance message = messages(lenient, body).get(0);

        assertThat(message.offsets().beginMillis()).isEqualTo(10);
        assertThat(message.event()).isFalse();
        assertThat(message.internal()).isTrue();
        assertThat(message.loudness()).isNull();
        assertThat(message.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void unicodeSpacesBetweenTokensButNotInsideStrings() {
        String body = "[\u202f{\u00a0\"participantId\":\u202f\"AGENT\",\"content\":\"a\u202fb\",\"beginOffsetMillis\":1,"
                + "\"endOffsetMillis\":2}\u3000]";

        assertThat(messages(lenient, body).get(0).content()).isEqualTo("a\u202fb");
        assertThatThrownBy(() -> messages(strict, body)).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void xmlListsAreRepeatedElements() {
        String xml = "<messages><message><participantId>AGENT</participantId><content>one</content>"
                + "<beginOffsetMillis>1</beginOffsetMillis><endOffsetMillis>2</endOffsetMillis>"
                + "<attributes><attribute><key>k1</key></attribute><attribute><key>k2</key></attribute></attributes>"
                + "</message><message><participantId>CUSTOMER</participantId><content>two</content>"
                + "<beginOffsetMillis>3</beginOffsetMillis><endOffsetMillis>4</endOffsetMillis><isEvent>true</isEvent>"
                + "</message></messages>";

        for (RequestReader reader : List.of(lenient, strict)) {
            List<Utterance> messages = reader.addMessages(ID, reader.parse(xml, BodyFormat.XML)).messages();

            assertThat(messages).extracting(Utterance::content).containsExactly("one", "two");
            assertThat(messages.get(0).attributesJson()).isEqualTo("[{\"key\":\"k1\"},{\"key\":\"k2\"}]");
            assertThat(messages.get(1).event()).isTrue();
        }
    }

    @Test
    void xmlWithOneMessage() {
        String xml = "<messages><message><participantId>AGENT</participantId><content>only</content>"
                + "<beginOffsetMillis>1</beginOffsetMillis><endOffsetMillis>2</endOffsetMillis></message></messages>";

        assertThat(lenient.addMessages(ID, lenient.parse(xml, BodyFormat.XML)).messages())
                .extracting(Utterance::content).containsExactly("only");
    }

    @Test
    void xmlFieldGivenTwiceIsNamed() {
        String xml = "<request><userId>+14089178877</userId><userId>+14089178878</userId></request>";

        assertThatThrownBy(() -> strict.startVoiceInteraction(strict.parse(xml, BodyFormat.XML)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    }

    private static List<Utterance> messages(RequestReader reader, String json) {
        return reader.addMessages(ID, reader.parse(json, BodyFormat.JSON)).messages();
    }
}
