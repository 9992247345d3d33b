package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Each input limit at its default: a request exactly at the limit is stored and reads back (GET …/messages answers
 * 200 in JSON and in XML, as well-formed documents), and one past it is a 400 naming the field. Before the limits,
 * attributes nested 998 levels deep were stored and every later GET …/messages answered 500.
 */
@MicronautTest
class InputLimitsTest {

    private static final String XML = "application/xml";

    @Inject
    VoiceApi api;

    @Test
    void attributesNestedTenLevelsReadBackAndElevenAreRefused() {
        String arrays = "[".repeat(10) + "\"deep\"" + "]".repeat(10);
        String objects = "[" + nestedObjects(9, "\"deep\"") + "]";

        String id = storedAndReadBack(message("\"attributes\":" + arrays), message("\"attributes\":" + objects));

        assertThat(api.messages(id).get(0).get("attributes").toString()).isEqualTo(arrays);
        assertRefused(message("\"attributes\":[" + arrays + "]"), "messages[0].attributes[0][0][0][0][0][0][0][0][0][0]");
        assertRefused(message("\"attributes\":[" + nestedObjects(10, "1") + "]"), "messages[0].attributes[0].k.k.k.k.k.k.k.k.k");
    }

    @Test
    void attributesNestedTenLevelsInAnXmlTranscriptReadBackAndElevenAreRefused() {
        String id = api.start();
        Response stored = api.call().post(V1 + "/" + id + "/transcript").as(INTEGRATION).xml(xmlTranscript(9)).send();

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertReadsBack(id);
        Response refused = api.call().post(V1 + "/" + api.start() + "/transcript").as(INTEGRATION).xml(xmlTranscript(10))
                .send();
        InvalidInputTest.assertBadRequest(refused, "Invalid value for 'transcript[0].attributes[0].k.k.k.k.k.k.k.k.k'");
    }

    @Test
    void contentAndAttributeStringsOf32768CharactersReadBackAndLongerAreRefused() {
        String atLimit = "\\u00e9".repeat(16_384) + "\\ud83d\\ude00".repeat(8_192); // 32,768 UTF-16 code units

        storedAndReadBack(message("\"content\":\"" + atLimit + "\",\"attributes\":[{\"k\":\"" + atLimit + "\"}]"));

        assertRefused(message("\"content\":\"" + atLimit + "x\""), "messages[0].content");
        assertRefused(message("\"attributes\":[{\"k\":\"" + atLimit + "x\"}]"), "messages[0].attributes[0].k");
    }

    @Test
    void aHundredAttributesReadBackAndAHundredAndOneAreRefused() {
        StringJoiner hundred = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 100; i++) {
            hundred.add("{\"key\":\"k" + i + "\",\"value\":\"v" + i + "\"}");
        }

        storedAndReadBack(message("\"attributes\":" + hundred));

        assertRefused(message("\"attributes\":" + hundred.toString().replace("[{", "[{\"extra\":1},{")),
                "messages[0].attributes");
    }

    @Test
    void fiveThousandMessagesInOneRequestReadBackAndMoreAreRefused() {
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 5_000; i++) {
            batch.add("{\"participantId\":\"AGENT\",\"content\":\"m" + i + "\",\"beginOffsetMillis\":" + i
                    + ",\"endOffsetMillis\":" + (i + 1) + "}");
        }
        String id = api.start();

        assertThat(api.addMessages(id, batch.toString()).status()).isEqualTo(200);
        Response listed = api.call().get(V1 + "/" + id + "/messages").as(READER).send();
        assertThat(listed.header("X-Total-Count")).isEqualTo("5000");
        assertReadsBack(id);

        Response refused = api.addMessages(api.start(), batch.toString().replace("[{", "[{\"participantId\":\"AGENT\","
                + "\"content\":\"one more\",\"beginOffsetMillis\":0,\"endOffsetMillis\":0},{"));
        InvalidInputTest.assertBadRequest(refused, "Invalid value for 'messages': must hold at most 5000 messages, was 5001");
    }

    /** Stores each message in one /messages call on a fresh interaction and checks the read-back; returns its id. */
    private String storedAndReadBack(String... messages) {
        String id = api.start();
        Response stored = api.addMessages(id, "[" + String.join(",", messages) + "]");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertReadsBack(id);
        return id;
    }

    private void assertReadsBack(String id) {
        Response json = api.call().get(V1 + "/" + id + "/messages").as(READER).send();
        Response xml = api.call().get(V1 + "/" + id + "/messages").as(READER).accept(XML).send();
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
        JsonNode messages = json.json().get("result");
        assertThat(messages).isNotEmpty();
        xml.assertWellFormedXml();
    }

    private void assertRefused(String message, String field) {
        String id = api.start();
        Response refused = api.addMessages(id, "[" + message + "]");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("'" + field + "'");
        assertThat(api.messages(id)).isEmpty();
    }

    private static String message(String extra) {
        return "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,\"endOffsetMillis\":2,"
                .replace("\"content\":\"hi\",", extra.startsWith("\"content\"") ? "" : "\"content\":\"hi\",")
                + extra + "}";
    }

    /** {@code {"k":{"k":…value…}}} with {@code levels} objects. */
    private static String nestedObjects(int levels, String value) {
        return "{\"k\":".repeat(levels) + value + "}".repeat(levels);
    }

    /** A transcript whose one message has an attribute of {@code levels} nested elements below {@code <attribute>}. */
    private static String xmlTranscript(int levels) {
        return "<request><transcript><message><participantId>AGENT</participantId><content>hi</content>"
                + "<beginOffsetMillis>1</beginOffsetMillis><endOffsetMillis>2</endOffsetMillis><attributes><attribute>"
                + "<k>".repeat(levels) + "deep" + "</k>".repeat(levels)
                + "</attribute></attributes></message></transcript></request>";
    }
}
