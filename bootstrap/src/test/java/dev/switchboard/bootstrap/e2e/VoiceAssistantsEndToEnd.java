package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The voice assistant API end to end, on the assembled service: an assistant created over HTTP shows its generated
 * values (URLs on the configured public URL, ids, secrets) in full once and masked afterwards; a replacement keeps a
 * channel's generated values; a rotation shows the new secrets and the end of the overlap; no secret is readable in
 * the database; read-only fields and invalid values are 400s naming the field. Each store runs it through a
 * subclass.
 */
abstract class VoiceAssistantsEndToEnd extends ConfiguredAssistantsEndToEnd {

    private static final String TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${datasources.default.url:}")
    String databaseUrl;
    @Value("${datasources.default.username:}")
    String databaseUser;
    @Value("${datasources.default.password:}")
    String databasePassword;

    private final String run = Long.toHexString(System.nanoTime());

    @Override
    protected Map<String, String> suiteProperties() {
        return Map.of("switchboard.voice-assistants.sip-trunks.us-east", "sip-us-east.switchboard.example",
                "switchboard.voice-assistants.secret-rotation-overlap", "2h");
    }

    @Test
    void aCreatedAssistantShowsItsGeneratedValuesOnceAndNoSecretIsReadableInTheDatabase() {
        HttpResponse<String> answer = admin.send("POST", ASSISTANTS, everyChannel());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode assistant = json(answer.body()).get("result");
        String id = remember(assistant);
        JsonNode channels = assistant.get("channels");
        String base = PUBLIC_URL.replace("https", "wss") + ASSISTANTS + "/" + id + "/channels/";
        assertThat(channels.get("twilio").get("webSocketUrl").asText()).isEqualTo(base + "twilio/media");
        assertThat(channels.get("twilio").has("authToken")).as("write-only").isFalse();
        JsonNode genesys = channels.get("genesys-audio-connector");
        assertThat(genesys.get("baseConnectionUri").asText()).isEqualTo(base + "genesys-audio-connector");
        assertThat(genesys.get("connectorId").asText()).matches("[0-9a-f]{32}");
        String clientSecret = genesys.get("clientSecret").asText();
        String apiKey = genesys.get("apiKey").asText();
        assertThat(java.util.Base64.getDecoder().decode(clientSecret)).hasSize(32);
        JsonNode sip = channels.get("genesys-sip");
        assertThat(sip.get("transferMethod").asText()).isEqualTo("REFER");
        assertThat(sip.get("sipTrunk").asText()).isEqualTo("sip-us-east.switchboard.example");
        String xSncParam = sip.get("xSncParam").asText();
        JsonNode amazon = channels.get("amazon-connect");
        assertThat(amazon.get("transferMethod").asText()).isEqualTo("BYE");
        assertThat(amazon.get("callContextUrl").asText()).isEqualTo(PUBLIC_URL + ASSISTANTS + "/" + id
                + "/channels/amazon-connect/call-context");
        String amazonSecret = amazon.get("clientSecret").asText();
        String threeCLogicSecret = channels.get("3clogic").get("clientSecret").asText();
        assertThat(channels.get("webrtc").get("allowedOrigins").toString()).isEqualTo("[\"https://app.example\"]");

        JsonNode read = json(admin.get(ASSISTANTS + "/" + id).body()).get("result");
        assertThat(read.get("channels").get("genesys-audio-connector").get("clientSecret").asText())
                .isEqualTo("****" + clientSecret.substring(clientSecret.length() - 4));
        String listed = admin.get(ASSISTANTS).body();
        assertThat(listed).contains(id);
        for (String secret : List.of(TOKEN, clientSecret, apiKey, xSncParam, amazonSecret, threeCLogicSecret)) {
            assertThat(read.toString() + listed).doesNotContain(secret);
            assertThat(storedText()).doesNotContain(secret);
        }
    }

    @Test
    void aReplacementKeepsGeneratedValuesAndARotationShowsTheNewSecretsOnce() {
        JsonNode assistant = json(admin.send("POST", ASSISTANTS, everyChannel()).body()).get("result");
        String id = remember(assistant);
        String connectorId = assistant.get("channels").get("genesys-audio-connector").get("connectorId").asText();

        HttpResponse<String> replaced = admin.send("PUT", ASSISTANTS + "/" + id, "{\"name\": \"Renamed " + run
                + "\", \"providerApplication\": \"Genesys Cloud\", \"channels\": {\"genesys-audio-connector\": {},"
                + " \"3clogic\": {\"enabled\": false}}}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode channels = json(replaced.body()).get("result").get("channels");
        assertThat(channels.get("genesys-audio-connector").get("connectorId").asText()).isEqualTo(connectorId);
        assertThat(channels.get("3clogic").get("clientSecret").asText()).as("not new: masked").startsWith("****");
        assertThat(channels.has("twilio")).isFalse();

        HttpResponse<String> rotated = admin.send("POST", ASSISTANTS + "/" + id
                + "/channels/3clogic/rotate-secret", null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode result = json(rotated.body()).get("result");
        String secret = result.get("channels").get("3clogic").get("clientSecret").asText();
        assertThat(secret).doesNotStartWith("****").hasSize(43);
        assertThat(result.get("previousSecretValidUntil").asText()).isNotBlank();
        JsonNode read = json(admin.get(ASSISTANTS + "/" + id).body()).get("result").get("channels").get("3clogic");
        assertThat(read.get("clientSecret").asText()).startsWith("****");
        assertThat(read.has("previousSecretValidUntil")).isTrue();
        assertThat(storedText()).doesNotContain(secret);
        assertThat(admin.send("POST", ASSISTANTS + "/" + id + "/channels/twilio/rotate-secret", null).body())
                .contains("kind");
    }

    @Test
    void badRequestsAreAnsweredWithTheFieldNamedAndNothingIsStored() {
        assertBadRequest("{\"name\": \"x\", \"providerApplication\": \"p\", \"id\": \"0123\"}", "id");
        assertBadRequest("{\"name\": \"x\"}", "providerApplication");
        assertBadRequest(channel("\"twilio\": {\"authToken\": \"" + TOKEN + "\", \"webSocketUrl\": \"wss://x\"}"),
                "channels.twilio.webSocketUrl");
        assertBadRequest(channel("\"twilio\": {\"authToken\": \"" + TOKEN + "\", \"liveAgentNumber\": \"555-1234\"}"),
                "channels.twilio.liveAgentNumber");
        assertBadRequest(channel("\"genesys-audio-connector\": {\"clientSecret\": \"mine\"}"),
                "channels.genesys-audio-connector.clientSecret");
        assertBadRequest(channel("\"genesys-sip\": {\"transferAddress\": \"agent@sip.example;transport=tls\","
                + " \"region\": \"us-east\"}"), "channels.genesys-sip.transferAddress");
        assertBadRequest(channel("\"genesys-sip\": {\"transferAddress\": \"seventeen-chars-x@sip.example\","
                + " \"region\": \"us-east\"}"), "channels.genesys-sip.transferAddress");
        assertBadRequest(channel("\"genesys-sip\": {\"transferAddress\": \"a@sip.example\", \"region\": \"mars\"}"),
                "channels.genesys-sip.region");
        assertBadRequest(channel("\"amazon-connect\": {\"callContextAuth\": \"basic\"}"),
                "channels.amazon-connect.callContextAuth");
        assertBadRequest(channel("\"webrtc\": {\"allowedOrigins\": [\"https://app.example/launcher\"]}"),
                "channels.webrtc.allowedOrigins[0]");
        assertBadRequest(channel("\"skype\": {}"), "channels.skype");
        assertBadRequest(channel("\"twilio\": {}"), "channels.twilio.authToken");
        assertThat(admin.send("POST", ASSISTANTS, "{not json").statusCode()).isEqualTo(400);
        String unknown = "0123456789abcdef0123456789abcdef";
        assertThat(admin.get(ASSISTANTS + "/" + unknown).statusCode()).isEqualTo(404);
        assertThat(admin.send("DELETE", ASSISTANTS + "/" + unknown, null).statusCode()).isEqualTo(404);
        assertThat(admin.get(ASSISTANTS + "/not-an-id").statusCode()).isEqualTo(400);
        assertThat(admin.get(ASSISTANTS).body()).doesNotContain(run);
    }

    @Test
    void aDeletedAssistantIsGone() {
        String id = json(admin.send("POST", ASSISTANTS, channel("\"3clogic\": {}")).body()).get("result").get("id")
                .asText();
        assertThat(admin.send("DELETE", ASSISTANTS + "/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin.get(ASSISTANTS + "/" + id).statusCode()).isEqualTo(404);
    }

    private void assertBadRequest(String body, String field) {
        HttpResponse<String> answer = admin.send("POST", ASSISTANTS, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("'" + field + "'");
    }

    private String everyChannel() {
        return channel("\"twilio\": {\"liveAgentNumber\": \"+14155550100\", \"authToken\": \"" + TOKEN + "\"},"
                + " \"genesys-audio-connector\": {},"
                + " \"genesys-sip\": {\"transferAddress\": \"agent@genesys.example\", \"region\": \"us-east\"},"
                + " \"amazon-connect\": {\"callContextAuth\": \"oauth2\"},"
                + " \"3clogic\": {},"
                + " \"webrtc\": {\"allowedOrigins\": [\"https://app.example\"]}");
    }

    private String channel(String channels) {
        return "{\"name\": \"Front desk " + run + "\", \"providerApplication\": \"Twilio Voice\", \"channels\": {"
                + channels + "}}";
    }

    private String remember(JsonNode assistant) {
        String id = assistant.get("id").asText();
        deleteAfterTheTest(id);
        return id;
    }

    /** Everything the database holds of this run's assistants, as text. */
    private String storedText() {
        String text = storedRows();
        assertThat(text).as("this run's assistants are stored").contains(run);
        return text;
    }

    /** Every stored assistant as text: the SQL table's rows; MongoDB's subclass reads its collection. */
    protected String storedRows() {
        return StoredRows.of(databaseUrl, databaseUser, databasePassword, "voice_assistant");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
