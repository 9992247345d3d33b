package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static dev.switchboard.adapter.rest.VoiceApi.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is a 400 whose message names the field, never a 500, and never stores part of a batch. */
@MicronautTest
class InvalidInputTest {

    @Inject
    VoiceApi api;

    @Test
    void missingUserId() {
        Response response = api.call().post(V1).as(INTEGRATION).json("{\"agentId\":\"beth.anglin\"}").send();

        assertBadRequest(response, "Invalid value for 'userId': is required");
        assertThat(response.json().at("/error/detail").asText()).contains("'userId'").contains("POST " + V1);
    }

    @Test
    void callerPhoneNumberThatIsNotE164() {
        Response response = api.call().post(V1).as(INTEGRATION)
                .json("{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"408-917-8878\"}").send();

        assertBadRequest(response, "Invalid value for 'callerPhoneNumber'");
    }

    @Test
    void badParticipantAtIndexTwoRejectsTheWholeBatch() {
        String id = api.start();
        String batch = "[" + message("AGENT", "one", 0, 10) + "," + message("CUSTOMER", "two", 10, 20) + ","
                + message("BOT", "three", 20, 30) + "," + message("AGENT", "four", 30, 40) + "]";

        Response response = api.addMessages(id, batch);

        assertBadRequest(response, "Invalid value for 'messages[2].participantId'");
        Response stored = api.call().get(V1 + "/" + id + "/messages").as(READER).send();
        assertThat(stored.json().get("result")).isEmpty();
        assertThat(stored.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void malformedJson() {
        Response response = api.call().post(V1).as(INTEGRATION).json("{\"userId\": \"+14089178877\"").send();

        assertBadRequest(response, "The request body is not valid JSON");
    }

    @Test
    void malformedXml() {
        Response response = api.call().post(V1).as(INTEGRATION).xml("<request><userId>+14089178877</request>").send();

        assertBadRequest(response, "The request body is not valid XML");
    }

    @Test
    void emptyBody() {
        Response response = api.call().post(V1).as(INTEGRATION).contentType("application/json").send();

        assertBadRequest(response, "The request body is empty");
    }

    @Test
    void messagesMustBeAnArray() {
        Response response = api.addMessages(api.start(), message("AGENT", "hello", 0, 10));

        assertBadRequest(response, "The request body must be a JSON array");
    }

    @Test
    void unknownApiVersion() {
        Response response = api.call().post("/api/now/v2/cs/voice-interactions").as(INTEGRATION)
                .json(VoiceApi.startBody("x")).send();

        assertBadRequest(response, "Invalid value for 'api_version'");
    }

    @Test
    void stateOtherThanClosedComplete() {
        String id = api.start();

        Response response = api.call().patch(V1 + "/" + id + "/state").as(INTEGRATION)
                .json("{\"state\":\"new\"}").send();

        assertBadRequest(response, "Invalid value for 'state'");
    }

    @Test
    void conversationStartedInTheWrongFormat() {
        String id = api.start();

        Response response = api.call().post(V1 + "/" + id + "/transcript").as(INTEGRATION)
                .json("{\"conversationStarted\":\"06/08/2021\",\"transcript\":[" + message("AGENT", "hi", 0, 1) + "]}")
                .send();

        assertBadRequest(response, "Invalid value for 'conversationStarted'");
    }

    static Stream<Arguments> garbage() {
        return Stream.of("null", "[]", "{}", "123", "\"text\"", "[null]", "[1]", "{\"transcript\":{}}",
                        "[{\"participantId\":{},\"content\":[],\"beginOffsetMillis\":1e999}]",
                        "[{\"participantId\":\"AGENT\",\"content\":\"x\",\"beginOffsetMillis\":99999999999999999999}]",
                        "{\"userId\":[\"+1\"]}", "<xml/>", "\u0000")
                .flatMap(body -> Stream.of("", "/0123456789abcdef0123456789abcdef/conversation",
                                "/0123456789abcdef0123456789abcdef/messages", "/transcript")
                        .map(path -> Arguments.of(path, body)));
    }

    @ParameterizedTest(name = "POST {0} with {1}")
    @MethodSource("garbage")
    void garbageIsNeverAServerError(String path, String body) {
        Response response = api.call().post(V1 + path).as(INTEGRATION).json(body).send();

        assertThat(response.status()).as(response.toString()).isIn(400, 404);
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }

    static void assertBadRequest(Response response, String messageStart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.errorMessage()).startsWith(messageStart);
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }
}
