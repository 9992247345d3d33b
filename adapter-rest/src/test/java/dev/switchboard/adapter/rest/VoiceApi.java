package dev.switchboard.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall.Response;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The steps tests repeat, each asserting that it succeeded, so a test states only what it is about. A bean too, so a
 * {@code @MicronautTest} may simply inject it.
 */
@Singleton
public final class VoiceApi {

    public static final String V1 = "/api/now/v1/cs/voice-interactions";
    public static final String DEFAULT = "/api/now/cs/voice-interactions";

    private final EmbeddedServer server;

    public VoiceApi(EmbeddedServer server) {
        this.server = server;
    }

    public HttpCall call() {
        return HttpCall.to(server.getURL());
    }

    /** Starts an interaction for a caller with a fresh clientSessionId; returns its id. */
    public String start() {
        return start(startBody(UUID.randomUUID().toString()));
    }

    public static String startBody(String clientSessionId) {
        return "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\",\"clientSessionId\":\""
                + clientSessionId + "\"}";
    }

    public String start(String jsonBody) {
        Response response = call().post(V1).as(HttpCall.INTEGRATION).json(jsonBody).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("result").get("interactionId").asText();
    }

    public Response addMessages(String interactionId, String jsonArray) {
        return call().post(V1 + "/" + interactionId + "/messages").as(HttpCall.INTEGRATION).json(jsonArray).send();
    }

    public Response close(String interactionId) {
        return call().patch(V1 + "/" + interactionId + "/state").as(HttpCall.INTEGRATION)
                .json("{\"state\":\"closed_complete\"}").send();
    }

    /** The {@code result} array of GET …/messages (first page). */
    public JsonNode messages(String interactionId) {
        Response response = call().get(V1 + "/" + interactionId + "/messages").as(HttpCall.READER).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("result");
    }

    /** The {@code result} object of GET …/{id}. */
    public JsonNode interaction(String interactionId) {
        Response response = call().get(V1 + "/" + interactionId).as(HttpCall.READER).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("result");
    }

    /** One valid message as JSON, spoken by {@code participant}. */
    public static String message(String participant, String content, long begin, long end) {
        return "{\"participantId\":\"" + participant + "\",\"content\":\"" + content + "\",\"beginOffsetMillis\":"
                + begin + ",\"endOffsetMillis\":" + end + "}";
    }
}
