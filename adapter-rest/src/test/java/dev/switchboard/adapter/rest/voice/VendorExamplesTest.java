package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VendorExamples;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays each documented vendor request as printed, on the URL it was printed with, and expects the documented
 * response body exactly. Ids are scripted to the documented ones, so every test needs fresh storage (two examples
 * answer with the same conversation id): the context is rebuilt per test.
 */
@MicronautTest(rebuildContext = true)
class VendorExamplesTest {

    private static final String BASE = "/api/now/v1/cs/voice-interactions";

    @Inject
    EmbeddedServer server;

    @Inject
    ScriptedIdGenerator ids;

    @Test
    void startsAnInteraction() {
        ids.thenReturn("4462cb4753751110b6e8ddeeff7b12ca");

        Response response = HttpCall.to(server.getURL()).post(BASE).as(INTEGRATION)
                .accept("application/json").json(VendorExamples.body(VendorExamples.START)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"result\":{\"interactionId\":\"4462cb4753751110b6e8ddeeff7b12ca\"}}");
    }

    @Test
    void createsAConversation() {
        start("7662cb4721751ea0b6e8dda1b27b131f");
        ids.thenReturn("a47e1afdb7471110b6e8bc15ae11a934");

        Response response = HttpCall.to(server.getURL()).post(BASE + "/7662cb4721751ea0b6e8dda1b27b131f/conversation")
                .as(INTEGRATION).accept("application/json").json(VendorExamples.body(VendorExamples.CONVERSATION)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":\"a47e1afdb7471110b6e8bc15ae11a934\"}");
    }

    @Test
    void addsMessagesWithTheDocumentsQuirks() {
        start("86837a386f0331003b3c498f5d3ee4ca");
        ids.thenReturn("8439d3c753b51110b6e8ddeeff7b12e2");

        Response response = HttpCall.to(server.getURL()).post(BASE + "/86837a386f0331003b3c498f5d3ee4ca/messages")
                .as(INTEGRATION).accept("application/json").json(VendorExamples.body(VendorExamples.MESSAGES)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":\"Voice conversation transcript has been successfully "
                + "saved. Conversation id: 8439d3c753b51110b6e8ddeeff7b12e2\"}");

        List<JsonNode> messages = messagesOf("86837a386f0331003b3c498f5d3ee4ca");
        assertThat(messages).hasSize(5);
        JsonNode first = messages.get(0);
        assertThat(first.get("participantId").asText()).isEqualTo("AGENT");
        assertThat(first.get("content").asText()).isEqualTo("This\u202fis\u202fJohn.\u202fHow\u202fcan\u202fI\u202fhelp\u202fyou?");
        assertThat(first.get("loudnessScore").isNull()).as("\"null\" is no score").isTrue();
        assertThat(first.get("isEvent").asBoolean()).isFalse();
        assertThat(first.get("isInternalMessage").asBoolean()).isFalse();
        assertThat(first.get("attributes").toString())
                .isEqualTo("[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]");
        assertThat(messages.get(4).get("content").asText()).isEqualTo("Of course, let me check your account");
        assertThat(messages.get(4).get("isEvent").asBoolean()).as("\"False\"").isFalse();
    }

    @Test
    void savesAPostCallTranscriptWithInvertedOffsets() {
        start("e67a6c30c7233010967a34c91dc26068");
        ids.thenReturn("8439d3c753b51110b6e8ddeeff7b12e2");

        Response response = HttpCall.to(server.getURL()).post(BASE + "/transcript").as(INTEGRATION)
                .accept("application/json").json(VendorExamples.body(VendorExamples.TRANSCRIPT)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":\"Voice conversation transcript has been successfully "
                + "saved. Conversation id: 8439d3c753b51110b6e8ddeeff7b12e2\"}");

        List<JsonNode> messages = messagesOf("e67a6c30c7233010967a34c91dc26068");
        assertThat(messages).hasSize(2);
        JsonNode inverted = messages.get(1);
        assertThat(inverted.get("beginOffsetMillis").asLong()).isEqualTo(200000);
        assertThat(inverted.get("endOffsetMillis").asLong()).as("stored as sent").isEqualTo(25000);
    }

    @Test
    void closesAnInteractionWithTheStraySpaceInTheRecordingUrl() {
        start("86837a386f0331003b3c498f5d3ee4ca");

        Response response = HttpCall.to(server.getURL()).patch(BASE + "/86837a386f0331003b3c498f5d3ee4ca/state")
                .as(INTEGRATION).header("Content-Type", "application/json").header("Accept", "application/json")
                .body(VendorExamples.body(VendorExamples.CLOSE)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":\"Success\"}");

        JsonNode interaction = HttpCall.to(server.getURL()).get(BASE + "/86837a386f0331003b3c498f5d3ee4ca")
                .as(READER).send().json().get("result");
        assertThat(interaction.get("state").asText()).isEqualTo("closed_complete");
        assertThat(interaction.get("recordingURL").asText()).isEqualTo("https://zoom_instance/rec/QbF7XmPFHPlX1LG");
    }

    /** Starts an interaction that gets {@code id}, with the caller of the documented start request. */
    private void start(String id) {
        ids.thenReturn(id);
        Response response = HttpCall.to(server.getURL()).post(BASE).as(INTEGRATION)
                .json(VendorExamples.body(VendorExamples.START)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private List<JsonNode> messagesOf(String interactionId) {
        Response response = HttpCall.to(server.getURL()).get(BASE + "/" + interactionId + "/messages").as(READER).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        response.json().get("result").forEach(messages::add);
        return messages;
    }
}
