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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile bodies over HTTP: each is a 400 in the vendor envelope, in JSON and in XML, in our words and naming the
 * field where there is one; none is a 500, and none leaves anything stored that cannot be read back.
 */
@MicronautTest
class HostileInputTest {

    private static final String XML = "application/xml";
    private static final String MESSAGE = "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,"
            + "\"endOffsetMillis\":2";

    @Inject
    VoiceApi api;

    static Stream<Arguments> unparseable() {
        StringBuilder manyAttributes = new StringBuilder("<request ");
        for (int i = 0; i < 10_000; i++) {
            manyAttributes.append("a").append(i).append("=\"1\" ");
        }
        return Stream.of(
                Arguments.of("1,000 nested arrays", "application/json", "[".repeat(1000) + "]".repeat(1000),
                        "The request body exceeds a limit: arrays and objects are nested more than 15 levels deep"),
                Arguments.of("1,000 levels inside attributes", "application/json",
                        "[" + MESSAGE + ",\"attributes\":" + "[".repeat(1000) + "]".repeat(1000) + "}]",
                        "The request body exceeds a limit: arrays and objects are nested more than 15 levels deep "
                                + "(in 'messages[0].attributes[0][0]"),
                Arguments.of("a 50,000-character field name", "application/json",
                        "[{\"" + "n".repeat(50_000) + "\":1}]", "The request body exceeds a limit: a string is longer"),
                Arguments.of("a 1,000-digit number", "application/json",
                        "[" + MESSAGE + ",\"loudnessScore\":" + "1".repeat(1000) + "}]",
                        "The request body exceeds a limit: a number is longer than 100 characters "
                                + "(in 'messages[0].loudnessScore'"),
                Arguments.of("NaN", "application/json", "[" + MESSAGE + ",\"loudnessScore\":NaN}]",
                        "The request body is not valid JSON: 'NaN' is not a number"),
                Arguments.of("Infinity", "application/json", "[" + MESSAGE + ",\"loudnessScore\":Infinity}]",
                        "The request body is not valid JSON: 'Infinity' is not a number"),
                Arguments.of("+1", "application/json", "[" + MESSAGE.replace(":1,", ":+1,") + "}]",
                        "The request body is not valid JSON: a number must not start with '+' "
                                + "(in 'messages[0].beginOffsetMillis'"),
                Arguments.of("XML cut inside the first tag", XML, "<messa",
                        "The request body is not valid XML: the body ends before its elements are closed"),
                Arguments.of("a lone XML declaration", XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "The request body is not valid XML: it has no root element"),
                Arguments.of("whitespace before the XML declaration", XML, "\n<?xml version=\"1.0\"?><messages/>",
                        "The request body is not valid XML: the XML declaration must come first"),
                Arguments.of("10,000 XML attributes", XML, manyAttributes.append("/>").toString(),
                        "The request body exceeds a limit: an element has more than 100 attributes"),
                Arguments.of("JSON sent as application/xml", XML, "[" + MESSAGE + "}]",
                        "The request body is not valid XML: it looks like JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unparseable")
    void aBodyTheParsersRefuseIsA400InJsonAndXml(String what, String contentType, String body, String message) {
        String id = api.start();
        String path = V1 + "/" + id + "/messages";

        Response json = api.call().post(path).as(INTEGRATION).contentType(contentType).body(body).send();
        Response xml = api.call().post(path).as(INTEGRATION).contentType(contentType).accept(XML).body(body).send();

        InvalidInputTest.assertBadRequest(json, message);
        assertOurWords(json.errorMessage());
        assertThat(xml.status()).isEqualTo(400);
        xml.assertWellFormedXml();
        assertThat(xml.xml().path("error").path("message").asText()).isEqualTo(json.errorMessage());
        assertThat(api.messages(id)).isEmpty();
    }

    @Test
    void utf16XmlWithAByteOrderMarkIsNamedForWhatItIs() {
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><request><userId>u</userId></request>"
                .getBytes(StandardCharsets.UTF_16BE);

        Response unnamed = api.call().post(V1).as(INTEGRATION).contentType(XML).body(utf16).send();
        Response named = api.call().post(V1).as(INTEGRATION).contentType(XML + "; charset=UTF-16").body(utf16).send();

        InvalidInputTest.assertBadRequest(unnamed, "The request body is not valid XML: it is not UTF-8");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u0000", "\\u0008", "\\u001f", "\\ud800", "\\udc00", "\\ufffe", "\\uffff"})
    void aCharacterXmlCannotCarryIsRefusedAndTheErrorStillRendersInXml(String escape) {
        String id = api.start();
        String body = "[" + MESSAGE.replace("\"hi\"", "\"a" + escape + "b\"") + ",\"attributes\":[{\"k\":\"v\"}]}]";

        Response xml = api.call().post(V1 + "/" + id + "/messages").as(INTEGRATION).accept(XML).json(body).send();
        Response keyXml = api.call().post(V1 + "/" + id + "/messages").as(INTEGRATION).accept(XML)
                .json("[" + MESSAGE + ",\"attributes\":[{\"k" + escape + "\":1}]}]").send();
        Response start = api.call().post(V1).as(INTEGRATION).accept(XML).json("{\"userId\":\"" + escape + "\"}").send();

        assertThat(xml.status()).as(xml.toString()).isEqualTo(400);
        xml.assertWellFormedXml();
        assertThat(xml.xml().path("error").path("message").asText())
                .startsWith("Invalid value for 'messages[0].content': contains U+");
        assertThat(keyXml.xml().path("error").path("message").asText())
                .startsWith("Invalid value for 'messages[0].attributes[0] (a key)': contains U+");
        assertThat(start.xml().path("error").path("message").asText()).startsWith("Invalid value for 'userId': contains U+");
        assertThat(api.messages(id)).isEmpty();
    }

    @Test
    void anEchoedBadValueIsWrittenPrintablyInXml() {
        Response response = api.call().post(V1).as(INTEGRATION).accept(XML)
                .json("{\"userId\":\"u\",\"callerPhoneNumber\":\"+1\\u0000\"}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid value for 'callerPhoneNumber': contains U+0000");
        Response notFound = api.call().get(V1 + "/%00" + "0".repeat(31)).as(READER).accept(XML).send();
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.xml().path("error").path("message").asText())
                .isEqualTo("No voice interaction found for id '\\u0000" + "0".repeat(31) + "'");
    }

    @Test
    void aMegabytePhoneNumberDoesNotComeBackAsAMegabyteError() {
        Response response = api.call().post(V1).as(INTEGRATION)
                .json("{\"userId\":\"u\",\"callerPhoneNumber\":\"" + "9".repeat(1 << 20) + "\"}").send();

        InvalidInputTest.assertBadRequest(response, "The request body exceeds a limit: a string is longer than 32768");
        assertThat(response.body().length()).isLessThan(600);
        Response justUnder = api.call().post(V1).as(INTEGRATION)
                .json("{\"userId\":\"u\",\"callerPhoneNumber\":\"" + "9".repeat(30_000) + "\"}").send();
        InvalidInputTest.assertBadRequest(justUnder, "Invalid value for 'callerPhoneNumber': must be an E.164");
        assertThat(justUnder.errorMessage()).endsWith("…' (30000 characters)");
        assertThat(justUnder.body().length()).isLessThan(600);
    }

    @Test
    void aFieldSentTwiceUnderCaseFoldingIsA400NamingIt() {
        Response response = api.call().post(V1).as(INTEGRATION).json("{\"userId\":\"a\",\"USERID\":\"b\"}").send();

        InvalidInputTest.assertBadRequest(response, "Invalid value for 'userId': is sent twice, as 'userId' and 'USERID'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u3000", "\u2007", "\u00A0\u202F\u3000"})
    void aUserIdOfUnicodeSpacesIsMissing(String spaces) {
        Response response = api.call().post(V1).as(INTEGRATION).json("{\"userId\":\"" + spaces + "\"}").send();

        InvalidInputTest.assertBadRequest(response, "Invalid value for 'userId': is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+1\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\""})
    void aNumberFieldSentAsTextThatIsNoNumberIsA400NamingIt(String value) {
        String id = api.start();

        Response response = api.addMessages(id, "[" + MESSAGE + ",\"loudnessScore\":" + value + "}]");

        InvalidInputTest.assertBadRequest(response, "Invalid value for 'messages[0].loudnessScore'");
    }

    @Test
    void keysThatAreNoXmlNamesReadBackInBothRepresentations() {
        String id = api.start();
        String attributes = "[{\"a b\":\"v\",\"\":1,\"1st\":[[1,2],[3]],\"x:y\":{\"<\":null},\"xmlns\":true}]";

        assertThat(api.addMessages(id, "[" + MESSAGE + ",\"attributes\":" + attributes + "}]").status()).isEqualTo(200);

        assertThat(api.messages(id).get(0).get("attributes").toString()).isEqualTo(attributes);
        Response xml = api.call().get(V1 + "/" + id + "/messages").as(READER).accept(XML).send();
        assertThat(xml.status()).isEqualTo(200);
        xml.assertWellFormedXml();
        JsonNode attribute = xml.xml().path("result").path("message").path("attributes").path("attribute");
        assertThat(attribute.path(base64Tag("a b")).asText()).isEqualTo("v");
        assertThat(attribute.path(base64Tag("")).asText()).isEqualTo("1");
        assertThat(attribute.path(base64Tag("x:y")).path(base64Tag("<")).isValueNode()).isTrue();
        assertThat(attribute.path("xmlns").asText()).isEqualTo("true");
    }

    /** How an XML response names an element for a key that is no XML name: URL-safe base64 of its UTF-8. */
    private static String base64Tag(String key) {
        return "base64_tag_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOurWords(String message) {
        assertThat(message).doesNotContainIgnoringCase("feature").doesNotContain("`").doesNotContain("[Source")
                .doesNotContain("row,col").doesNotContainIgnoringCase("jackson").hasSizeLessThan(600);
    }
}
