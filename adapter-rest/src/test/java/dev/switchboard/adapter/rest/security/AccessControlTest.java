package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.ADMIN;
import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.DEFAULT;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: voice_integration the five writes, voice_reader the two reads, admin everything; 401 with a
 * Basic challenge without valid credentials; health and the API documentation for anyone.
 */
@MicronautTest
class AccessControlTest {

    private static final String CHALLENGE = "Basic realm=\"Switchboard\"";

    @Inject
    EmbeddedServer server;

    VoiceApi api;
    String interactionId;

    @BeforeEach
    void setUp() {
        api = new VoiceApi(server);
        interactionId = api.start();
    }

    /** Each operation as a request still lacking credentials; bodies are valid so only access decides. */
    List<Operation> operations() {
        String id = interactionId;
        String message = "[" + VoiceApi.message("AGENT", "hi", 0, 1) + "]";
        return List.of(
                new Operation("start", true, call -> call.post(V1).json(VoiceApi.startBody("s"))),
                new Operation("conversation", true, call -> call.post(V1 + "/" + id + "/conversation")
                        .json(VoiceApi.startBody("s"))),
                new Operation("messages", true, call -> call.post(DEFAULT + "/" + id + "/messages").json(message)),
                new Operation("transcript", true, call -> call.post(V1 + "/transcript")
                        .json("{\"interactionId\":\"" + id + "\",\"transcript\":" + message + "}")),
                new Operation("state", true, call -> call.patch(V1 + "/" + id + "/state")
                        .json("{\"state\":\"closed_complete\"}")),
                new Operation("get", false, call -> call.get(V1 + "/" + id)),
                new Operation("list", false, call -> call.get(DEFAULT + "/" + id + "/messages")));
    }

    record Operation(String name, boolean writes, Function<HttpCall, HttpCall> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> users() {
        return Stream.of(Arguments.of(INTEGRATION), Arguments.of(READER), Arguments.of(ADMIN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void rolesDecideWhichOperationsAUserMayCall(User user) {
        for (Operation operation : operations()) {
            boolean allowed = user == ADMIN || (user == INTEGRATION) == operation.writes();

            Response response = operation.request().apply(api.call().as(user)).send();

            if (allowed) {
                assertThat(response.status()).as(user.username() + " " + operation + ": " + response).isEqualTo(200);
            } else {
                assertThat(response.status()).as(user.username() + " " + operation + ": " + response).isEqualTo(403);
                assertThat(response.errorMessage()).isEqualTo("User Not Authorized");
                assertThat(response.json().at("/error/detail").asText()).startsWith("User '" + user.username() + "'");
                assertThat(response.header("WWW-Authenticate")).isNull();
            }
        }
    }

    @Test
    void everyOperationWithoutCredentialsIs401WithABasicChallenge() {
        for (Operation operation : operations()) {
            Response response = operation.request().apply(api.call()).send();

            assertUnauthorized(response, operation.toString());
        }
    }

    @Test
    void wrongPasswordIs401() {
        assertUnauthorized(api.call().post(V1).as(new User("integration", "wrong")).json(VoiceApi.startBody("x")).send(),
                "wrong password");
    }

    @Test
    void unknownUserIs401() {
        assertUnauthorized(api.call().post(V1).as(new User("mallory", "integration-secret"))
                .json(VoiceApi.startBody("x")).send(), "unknown user");
    }

    @Test
    void malformedAuthorizationHeaderIs401() {
        assertUnauthorized(api.call().post(V1).header("Authorization", "Basic not-base64!")
                .json(VoiceApi.startBody("x")).send(), "malformed header");
    }

    @Test
    void theBasicSchemeNameIsCaseInsensitive() {
        String token = java.util.Base64.getEncoder().encodeToString("reader:reader-secret".getBytes());
        for (String scheme : List.of("basic", "BASIC")) {
            Response response = api.call().get(V1 + "/" + interactionId).header("authorization", scheme + " " + token).send();

            assertThat(response.status()).as(scheme + ": " + response).isEqualTo(200);
        }
    }

    @Test
    void unauthorizedInXml() {
        Response response = api.call().get(V1 + "/" + interactionId).accept("application/xml").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo(CHALLENGE);
        assertThat(response.body()).startsWith("<response><error><message>User Not Authenticated</message>");
    }

    @Test
    void healthIsAnonymous() {
        Response response = api.call().get("/health").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void openApiSpecIsAnonymous() {
        Response response = api.call().get("/swagger/switchboard-voice-interaction-api-v1.yml").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("title: Switchboard Voice Interaction API")
                .contains("/api/now/{api_version}/cs/voice-interactions/{interactionId}/state:")
                .contains("/api/now/cs/voice-interactions/transcript:")
                .contains("ErrorEnvelope:")
                .contains("basicAuth:")
                .contains("scheme: basic")
                .doesNotContain("/test-only");
    }

    @Test
    void swaggerUiIsAnonymous() {
        Response response = api.call().get("/swagger-ui/index.html").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger-ui").contains("switchboard-voice-interaction-api-v1.yml");
    }

    private static void assertUnauthorized(Response response, String what) {
        assertThat(response.status()).as(what + ": " + response).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(what).isEqualTo(CHALLENGE);
        assertThat(response.errorMessage()).isEqualTo("User Not Authenticated");
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }
}
