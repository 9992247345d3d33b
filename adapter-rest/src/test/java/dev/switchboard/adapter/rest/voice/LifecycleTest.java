package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.DEFAULT;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static dev.switchboard.adapter.rest.VoiceApi.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interaction's life over HTTP: unknown ids, closing, and the once-only post-call transcript. */
@MicronautTest
class LifecycleTest {

    private static final String UNKNOWN = "0123456789abcdef0123456789abcdef";

    @Inject
    VoiceApi api;

    @ParameterizedTest
    @ValueSource(strings = {UNKNOWN, "not-a-sys-id"})
    void unknownInteractionIsNotFoundEverywhere(String id) {
        assertNotFound(api.addMessages(id, "[" + message("AGENT", "hi", 0, 1) + "]"), id);
        assertNotFound(api.call().post(V1 + "/" + id + "/conversation").as(INTEGRATION)
                .json(VoiceApi.startBody("x")).send(), id);
        assertNotFound(api.close(id), id);
        assertNotFound(api.call().post(V1 + "/" + id + "/transcript").as(INTEGRATION)
                .json("{\"transcript\":[" + message("AGENT", "hi", 0, 1) + "]}").send(), id);
        assertNotFound(api.call().get(V1 + "/" + id).as(READER).send(), id);
        assertNotFound(api.call().get(V1 + "/" + id + "/messages").as(READER)
                .send(), id);
    }

    @Test
    void noMessagesAfterClose() {
        String id = api.start();
        assertThat(api.close(id).status()).isEqualTo(200);

        Response response = api.addMessages(id, "[" + message("AGENT", "too late", 0, 1) + "]");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("closed_complete");
    }

    @Test
    void closingTwiceSucceedsTwice() {
        String id = api.start();

        Response first = api.close(id);
        Response second = api.close(id);

        assertThat(first.body()).isEqualTo("{\"result\":\"Success\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"result\":\"Success\"}");
    }

    @Test
    void secondTranscriptGetsTheVendorsError() {
        String id = api.start();
        String transcript = "{\"interactionId\":\"" + id + "\",\"transcript\":[" + message("AGENT", "hi", 0, 1) + "]}";
        assertThat(api.call().post(V1 + "/transcript").as(INTEGRATION).json(transcript).send().status()).isEqualTo(200);

        Response second = api.call().post(V1 + "/transcript").as(INTEGRATION).json(transcript).send();

        assertThat(second.status()).as(second.toString()).isEqualTo(400);
        assertThat(second.errorMessage())
                .isEqualTo("ERROR: Interaction specified in the request has already been processed.");
    }

    @Test
    void transcriptWithoutInteractionGetsTheVendorsError() {
        Response response = api.call().post(V1 + "/transcript").as(INTEGRATION)
                .json("{\"source\":\"Amazon Connect\",\"transcript\":[" + message("AGENT", "hi", 0, 1) + "]}").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("ERROR: InteractionId is missing in the request.");
    }

    @Test
    void transcriptFindsTheInteractionByClientSessionId() {
        String contactId = "amazon-connect-" + UUID.randomUUID();
        String id = api.start(VoiceApi.startBody(contactId));

        Response response = api.call().post(DEFAULT + "/transcript").as(INTEGRATION)
                .json("{\"interactionId\":\"" + contactId + "\",\"transcript\":[" + message("CUSTOMER", "hello", 0, 5)
                        + "]}").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(api.messages(id)).hasSize(1);
        assertThat(api.interaction(id).get("conversationId").asText())
                .isEqualTo(response.json().get("result").asText().replace(
                        "Voice conversation transcript has been successfully saved. Conversation id: ", ""));
    }

    @Test
    void transcriptNamedInThePathAndTheBodyMustAgree() {
        String id = api.start();
        String other = api.start();

        Response response = api.call().post(V1 + "/" + id + "/transcript").as(INTEGRATION)
                .json("{\"interactionId\":\"" + other + "\",\"transcript\":[" + message("AGENT", "hi", 0, 1) + "]}")
                .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("Invalid value for 'interactionId'");
    }

    @Test
    void transcriptNamedInThePathAfterTheCallClosed() {
        String id = api.start();
        api.close(id);

        Response response = api.call().post(DEFAULT + "/" + id + "/transcript").as(INTEGRATION)
                .json("{\"source\":\"Amazon Connect\",\"conversationStarted\":\"2021-08-06 15:07:51\",\"transcript\":["
                        + message("AGENT", "hi", 0, 1) + "]}").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void conversationIsCreatedOnce() {
        String id = api.start();

        Response first = api.call().post(V1 + "/" + id + "/conversation").as(INTEGRATION)
                .json(VoiceApi.startBody("x")).send();
        Response second = api.call().post(DEFAULT + "/" + id + "/conversation").as(INTEGRATION)
                .json(VoiceApi.startBody("x")).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("result").asText()).matches("[0-9a-f]{32}");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void resentMessagesAreStoredOnce() {
        String id = api.start();
        String batch = "[" + message("AGENT", "one", 0, 10) + "," + message("CUSTOMER", "two", 10, 20) + "]";

        Response first = api.addMessages(id, batch);
        Response retry = api.addMessages(id, batch);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(api.messages(id)).hasSize(2);
    }

    private static void assertNotFound(Response response, String id) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.errorMessage()).isEqualTo("No voice interaction found for id '" + id + "'");
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }
}
