package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.DEFAULT;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static dev.switchboard.adapter.rest.VoiceApi.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Finding a call: {@code GET …/voice-interactions?clientSessionId=…} over real HTTP. Every interaction here opens at
 * the fixed clock's instant, so "newest first" falls back to the greater id first, as every store orders them.
 */
@MicronautTest
class FindVoiceInteractionsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    VoiceApi api;

    @Test
    void theInteractionsOfACallComeNewestFirstWithEveryFieldAndNoOthers() {
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        List<String> ids = new ArrayList<>(List.of(api.start(VoiceApi.startBody(callSid)),
                api.start(VoiceApi.startBody(callSid))));
        api.start();
        api.addMessages(ids.get(0), "[" + message("CUSTOMER", "hello", 0, 10) + "]");
        ids.sort(Comparator.reverseOrder());

        Response response = api.call().get(V1 + "?clientSessionId=" + callSid).as(READER).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode result = response.json().get("result");
        assertThat(result).hasSize(2);
        assertThat(List.of(result.get(0).get("interactionId").asText(), result.get(1).get("interactionId").asText()))
                .isEqualTo(ids);
        for (JsonNode interaction : result) {
            assertThat(interaction.get("clientSessionId").asText()).isEqualTo(callSid);
            assertThat(interaction.get("state").asText()).isIn("new", "work_in_progress");
        }
        assertThat(result.findValues("conversationId")).filteredOn(id -> !id.isNull()).hasSize(1);
        assertThat(response.header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void pagesCarryTheTotalAndLinksThatKeepTheClientSessionId() {
        String session = "session " + UUID.randomUUID();
        String encoded = session.replace(" ", "%20");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.start(VoiceApi.startBody(session)));
        }
        ids.sort(Comparator.reverseOrder());
        String origin = server.getURL().toString().replaceAll("/$", "");

        Response response = api.call().get(DEFAULT + "?clientSessionId=" + encoded + "&sysparm_limit=2&sysparm_offset=2")
                .as(HttpCall.ADMIN).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode result = response.json().get("result");
        assertThat(List.of(result.get(0).get("interactionId").asText(), result.get(1).get("interactionId").asText()))
                .isEqualTo(ids.subList(2, 4));
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
        String base = "<" + origin + DEFAULT + "?clientSessionId=" + encoded + "&sysparm_limit=2&sysparm_offset=";
        assertThat(response.header("Link")).isEqualTo(base + "0>;rel=\"first\"," + base + "0>;rel=\"prev\"," + base
                + "4>;rel=\"next\"," + base + "4>;rel=\"last\"");
    }

    @Test
    void anUnknownClientSessionIdIsAnEmptyPage() {
        Response response = api.call().get(V1 + "?clientSessionId=nobody-" + UUID.randomUUID()).as(READER).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"result\":[]}");
        assertThat(response.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void xmlListsOneInteractionElementEach() {
        String session = UUID.randomUUID().toString();
        api.start(VoiceApi.startBody(session));

        Response response = api.call().get(V1 + "?clientSessionId=" + session).as(READER).accept("application/xml")
                .send();

        assertThat(response.status()).isEqualTo(200);
        response.assertWellFormedXml();
        assertThat(response.body()).contains("<result><interaction><interactionId>")
                .contains("<clientSessionId>" + session + "</clientSessionId>");
    }

    @Test
    void aMissingOrBlankClientSessionIdIsA400NamingIt() {
        for (String query : List.of("", "?clientSessionId=", "?clientSessionId=%20%20", "?sysparm_limit=5")) {
            Response response = api.call().get(V1 + query).as(READER).send();

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.errorMessage()).as(query).contains("'clientSessionId'");
        }
    }

    @Test
    void badPagingAndVersionsAreRefusedByName() {
        Response limit = api.call().get(V1 + "?clientSessionId=x&sysparm_limit=0").as(READER).send();
        Response version = api.call().get("/api/now/v2/cs/voice-interactions?clientSessionId=x").as(READER).send();

        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.errorMessage()).contains("sysparm_limit");
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.errorMessage()).contains("api_version");
    }

    @Test
    void onlyReadersAndAdminsMayFindCalls() {
        assertThat(api.call().get(V1 + "?clientSessionId=x").as(INTEGRATION).send().status()).isEqualTo(403);
        assertThat(api.call().get(V1 + "?clientSessionId=x").send().status()).isEqualTo(401);
    }
}
