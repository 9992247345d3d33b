package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.DEFAULT;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static dev.switchboard.adapter.rest.VoiceApi.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.InMemoryVoiceInteractionsFactory;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read extensions: GET an interaction, and its messages paged like the Table API. */
@MicronautTest
class ReadEndpointsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    VoiceApi api;

    @Test
    void newInteractionShowsEveryFieldWithNullsForAbsentValues() {
        String id = api.start("{\"userId\":\"+14089178877\"}");

        JsonNode result = api.interaction(id);

        assertThat(fieldNames(result)).containsExactly("interactionId", "state", "userId", "agentId",
                "callerPhoneNumber", "clientSessionId", "inboundId", "recordingURL", "sentiment", "conversationId",
                "openedAt", "closedAt");
        assertThat(result.get("interactionId").asText()).isEqualTo(id);
        assertThat(result.get("state").asText()).isEqualTo("new");
        assertThat(result.get("userId").asText()).isEqualTo("+14089178877");
        assertThat(result.get("openedAt").asText()).isEqualTo(InMemoryVoiceInteractionsFactory.NOW.toString());
        for (String absent : List.of("agentId", "callerPhoneNumber", "clientSessionId", "inboundId", "recordingURL",
                "sentiment", "conversationId", "closedAt")) {
            assertThat(result.get(absent).isNull()).as(absent).isTrue();
        }
    }

    @Test
    void interactionAfterMessagesAndClose() {
        String id = api.start();
        Response added = api.addMessages(id, "[" + message("CUSTOMER", "this is bad", 0, 10)
                .replace("}", ",\"sentiment\":\"NEGATIVE\"}") + "]");
        api.call().patch(DEFAULT + "/" + id + "/state").as(INTEGRATION)
                .json("{\"state\":\"closed_complete\",\"recordingURL\":\"https://recordings.example/1\"}").send();

        JsonNode result = api.interaction(id);

        assertThat(added.json().get("result").asText()).endsWith(result.get("conversationId").asText());
        assertThat(result.get("state").asText()).isEqualTo("closed_complete");
        assertThat(result.get("sentiment").asText()).isEqualTo("negative");
        assertThat(result.get("recordingURL").asText()).isEqualTo("https://recordings.example/1");
        assertThat(result.get("closedAt").asText()).isEqualTo(InMemoryVoiceInteractionsFactory.NOW.toString());
        assertThat(result.get("callerPhoneNumber").asText()).isEqualTo("+14089178878");
    }

    @Test
    void messagesAreOrderedByOffsetsAndShowEveryField() {
        String id = api.start();
        api.addMessages(id, "[" + message("CUSTOMER", "second", 20, 30) + "," + message("AGENT", "first", 0, 10) + "]");

        JsonNode messages = api.messages(id);

        assertThat(messages).hasSize(2);
        JsonNode first = messages.get(0);
        assertThat(fieldNames(first)).containsExactly("sys_id", "participantId", "content", "beginOffsetMillis",
                "endOffsetMillis", "sentiment", "loudnessScore", "isInternalMessage", "isEvent", "id", "attributes",
                "sequence", "receivedAt");
        assertThat(first.get("content").asText()).isEqualTo("first");
        assertThat(first.get("sequence").asLong()).as("arrived second").isEqualTo(2);
        assertThat(first.get("sys_id").asText()).matches("[0-9a-f]{32}");
        assertThat(first.get("attributes").isArray()).isTrue();
        assertThat(first.get("attributes")).isEmpty();
        assertThat(first.get("sentiment").isNull()).isTrue();
        assertThat(first.get("receivedAt").asText()).isEqualTo(InMemoryVoiceInteractionsFactory.NOW.toString());
    }

    @Test
    void interactionWithoutConversationHasNoMessages() {
        Response response = api.call().get(V1 + "/" + api.start() + "/messages").as(READER).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":[]}");
        assertThat(response.header("X-Total-Count")).isEqualTo("0");
        assertThat(response.header("Link")).doesNotContain("rel=\"next\"").doesNotContain("rel=\"prev\"");
    }

    @Test
    void pagesCarryTotalCountAndLinksOnTheRequestedPath() {
        String id = api.start();
        api.addMessages(id, fiveMessages());
        String origin = server.getURL().toString().replaceAll("/$", "");
        String path = DEFAULT + "/" + id + "/messages";

        Response response = api.call().get(path + "?sysparm_display_value=true&sysparm_limit=2&sysparm_offset=2")
                .as(READER).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(contents(response)).containsExactly("m2", "m3");
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
        String base = "<" + origin + path + "?sysparm_display_value=true&sysparm_limit=2&sysparm_offset=";
        assertThat(response.header("Link")).isEqualTo(
                base + "0>;rel=\"first\"," + base + "0>;rel=\"prev\"," + base + "4>;rel=\"next\"," + base + "4>;rel=\"last\"");
    }

    @Test
    void defaultsAreTheFirstThousand() {
        String id = api.start();
        api.addMessages(id, fiveMessages());
        String path = V1 + "/" + id + "/messages";

        Response response = api.call().get(path).as(READER).send();

        assertThat(contents(response)).containsExactly("m0", "m1", "m2", "m3", "m4");
        String base = "<" + server.getURL().toString().replaceAll("/$", "") + path + "?sysparm_limit=1000&sysparm_offset=";
        assertThat(response.header("Link")).isEqualTo(base + "0>;rel=\"first\"," + base + "0>;rel=\"last\"");
    }

    @Test
    void firstPageHasNoPrevAndLastHasNoNext() {
        String id = api.start();
        api.addMessages(id, fiveMessages());
        String path = V1 + "/" + id + "/messages";

        Response first = api.call().get(path + "?sysparm_limit=2").as(READER).send();
        Response last = api.call().get(path + "?sysparm_limit=2&sysparm_offset=4").as(READER).send();

        assertThat(first.header("Link")).doesNotContain("rel=\"prev\"").contains("sysparm_offset=2>;rel=\"next\"");
        assertThat(contents(last)).containsExactly("m4");
        assertThat(last.header("Link")).doesNotContain("rel=\"next\"").contains("sysparm_offset=2>;rel=\"prev\"");
    }

    @ParameterizedTest(name = "offset {0}, limit {1}")
    @CsvSource({"9223372036854775807,10000", "9223372036854775806,10000", "9223372036854775807,1",
        "9223372036854775806,1", "9223372036854765807,10000"})
    void offsetsNearTheLargestLongLinkBackWithoutOverflowing(long offset, int limit) {
        String id = api.start();
        api.addMessages(id, fiveMessages());

        Response response = api.call().get(V1 + "/" + id + "/messages?sysparm_limit=" + limit + "&sysparm_offset="
                + offset).as(READER).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(contents(response)).isEmpty();
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
        String link = response.header("Link");
        assertThat(link).doesNotContain("rel=\"next\"").doesNotContain("sysparm_offset=-");
        long last = limit == 1 ? 4 : 0;
        assertThat(link).contains("sysparm_offset=" + last + ">;rel=\"prev\"")
                .contains("sysparm_offset=" + last + ">;rel=\"last\"");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"sysparm_limit,abc", "sysparm_limit,0", "sysparm_limit,10001", "sysparm_limit,99999999999999999999",
        "sysparm_limit,-5", "sysparm_offset,-1", "sysparm_offset,1.5", "sysparm_offset,x"})
    void invalidPagingParametersAreNamed(String parameter, String value) {
        Response response = api.call().get(V1 + "/" + api.start() + "/messages?" + parameter + "=" + value)
                .as(READER).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("Invalid value for '" + parameter + "'");
    }

    @Test
    void unknownApiVersionOnRead() {
        Response response = api.call().get("/api/now/v9/cs/voice-interactions/" + api.start()).as(READER).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("Invalid value for 'api_version'");
    }

    private static String fiveMessages() {
        List<String> messages = new ArrayList<>();
        for (int i = 4; i >= 0; i--) { // sent in reverse; read back ordered by offsets
            messages.add(message(i % 2 == 0 ? "AGENT" : "CUSTOMER", "m" + i, i * 1000L, i * 1000L + 500));
        }
        return "[" + String.join(",", messages) + "]";
    }

    private static List<String> contents(Response response) {
        List<String> contents = new ArrayList<>();
        response.json().get("result").forEach(message -> contents.add(message.get("content").asText()));
        return contents;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
