package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The endpoint API end to end, on the assembled service and a real receiver that checks signatures and credentials
 * itself: an endpoint created over HTTP receives its events signed with the secret the creation showed (once);
 * after a rotation, deliveries carry both signatures; Basic and OAuth2 client-credentials (a token endpoint on
 * 127.0.0.1) authenticate the deliveries; a 410 disables the endpoint and another endpoint is told; no secret is
 * readable in the database; bad requests are 400s naming the field. Each SQL store runs it through a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookEndpointsEndToEnd implements TestPropertyProvider {

    private static final String API = "/api/now/v1/cs/voice-interactions";
    private static final String ENDPOINTS = "/api/switchboard/v1/webhooks/endpoints";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Value("${datasources.default.url:}")
    String databaseUrl;
    @Value("${datasources.default.username:}")
    String databaseUser;
    @Value("${datasources.default.password:}")
    String databasePassword;

    private final String run = Long.toHexString(System.nanoTime());
    private final List<String> created = new ArrayList<>();
    private final List<SignedReceiver> receivers = new ArrayList<>();
    private HttpServer tokenEndpoint;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private Http http;

    protected Map<String, String> storeProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(storeProperties());
        properties.put("switchboard.webhook.allowed-hosts", "127.0.0.1");
        properties.put("switchboard.webhook.outbox.retry-schedule", "200ms,200ms,200ms,200ms,200ms");
        properties.put("switchboard.webhook.poll-interval", "100ms");
        return properties;
    }

    @BeforeAll
    void startTokenEndpoint() throws IOException {
        tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokenEndpoint.createContext("/token", exchange -> {
            String client = exchange.getRequestHeaders().getFirst("Authorization");
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean known = ("Basic " + Base64.getEncoder().encodeToString("hooks:client-secret-7".getBytes(
                    StandardCharsets.UTF_8))).equals(client) && form.equals("grant_type=client_credentials");
            byte[] answer = (known ? "{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}" : "{\"error\":\"invalid_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        tokenEndpoint.start();
        http = new Http(server.getURI(), "admin", "admin");
    }

    /** Endpoints are stored (PostgreSQL keeps them): a later run must not deliver to this run's receivers. */
    @AfterEach
    void deleteEndpoints() {
        created.forEach(name -> http.send("DELETE", ENDPOINTS + "/" + name, null));
        created.clear();
    }

    @AfterAll
    void stop() {
        tokenEndpoint.stop(0);
        receivers.forEach(SignedReceiver::close);
    }

    @Test
    void aCreatedEndpointGetsItsEventsSignedWithTheSecretShownOnceAndOnlyThen() {
        SignedReceiver receiver = receiver(null);
        JsonNode endpoint = create("crm", receiver, "[\"interaction.opened\"]", null);
        String secret = endpoint.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        receiver.expectSecret(secret);

        String id = startCall();
        JsonNode event = json(receiver.next(WAIT));

        assertThat(event.get("type").asText()).isEqualTo("interaction.opened");
        assertThat(event.get("data").get("interactionId").asText()).isEqualTo(id);
        JsonNode shown = json(http.get(ENDPOINTS + "/" + name("crm")).body()).get("result");
        assertThat(shown.get("secret").asText()).isEqualTo("whsec_..." + secret.substring(secret.length() - 4));
        assertThat(http.get(ENDPOINTS).body()).contains(name("crm")).doesNotContain(secret);
        assertThat(storedText()).doesNotContain(secret.substring("whsec_".length()));
    }

    @Test
    void afterARotationDeliveriesCarryBothSignaturesSoEitherSecretVerifies() {
        SignedReceiver receiver = receiver(null);
        String first = create("rotating", receiver, "[\"interaction.opened\"]", null).get("secret").asText();
        HttpResponse<String> rotated = http.send("POST", ENDPOINTS + "/" + name("rotating") + "/rotate-secret", null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = json(rotated.body()).get("result").get("secret").asText();
        assertThat(json(rotated.body()).get("result").get("previousSecretValidUntil").asText()).isNotBlank();

        receiver.expectSecret(first);
        startCall();
        receiver.next(WAIT);
        receiver.expectSecret(second);
        startCall();
        receiver.next(WAIT);

        assertThat(receiver.signatureHeaders()).allSatisfy(header -> assertThat(header.split(" ")).hasSize(2));
    }

    @Test
    void basicAndOAuth2CredentialsAuthenticateTheDeliveries() {
        String basicHeader = "Basic " + Base64.getEncoder().encodeToString(
                "svc:p4ss-word".getBytes(StandardCharsets.UTF_8));
        SignedReceiver basic = receiver(basicHeader::equals);
        create("basic", basic, "[\"interaction.opened\"]",
                "{\"type\":\"basic\",\"username\":\"svc\",\"password\":\"p4ss-word\"}");
        // Any token the token endpoint issued, as a resource server checks them.
        SignedReceiver oauth = receiver(header -> header != null && header.matches("Bearer token-[0-9]+")
                && Integer.parseInt(header.substring("Bearer token-".length())) <= tokensIssued.get());
        create("oauth", oauth, "[\"interaction.opened\"]", "{\"type\":\"oauth2\",\"tokenUrl\":\"http://127.0.0.1:"
                + tokenEndpoint.getAddress().getPort() + "/token\",\"clientId\":\"hooks\","
                + "\"clientSecret\":\"client-secret-7\"}");

        startCall();
        startCall();
        basic.next(WAIT);
        basic.next(WAIT);
        oauth.next(WAIT);
        oauth.next(WAIT);

        assertThat(basic.refusedCount() + oauth.refusedCount()).isZero();
        assertThat(tokensIssued.get()).as("one token, fetched once and kept until it expires").isEqualTo(1);
        JsonNode shown = json(http.get(ENDPOINTS + "/" + name("oauth")).body()).get("result").get("auth");
        assertThat(shown.toString()).contains("hooks").doesNotContain("client-secret-7");
        assertThat(json(http.get(ENDPOINTS + "/" + name("basic")).body()).toString()).doesNotContain("p4ss-word");
        assertThat(storedText()).doesNotContain("p4ss-word").doesNotContain("client-secret-7");
    }

    @Test
    void goneDisablesTheEndpointAndTheOthersSubscribedAreTold() {
        SignedReceiver gone = receiver(null);
        SignedReceiver ops = receiver(null);
        gone.expectSecret(create("gone", gone, "[\"interaction.opened\"]", null).get("secret").asText());
        ops.expectSecret(create("ops", ops, "[\"webhook.endpoint_disabled\"]", null).get("secret").asText());
        gone.answerWith(410);

        startCall();
        JsonNode told = json(ops.next(WAIT));

        assertThat(told.get("type").asText()).isEqualTo("webhook.endpoint_disabled");
        assertThat(told.get("data").get("endpoint").asText()).isEqualTo(name("gone"));
        assertThat(told.get("data").get("reason").asText()).startsWith("410 Gone");
        JsonNode shown = json(http.get(ENDPOINTS + "/" + name("gone")).body()).get("result");
        assertThat(shown.get("enabled").asBoolean()).isFalse();
        HttpResponse<String> enabled = http.send("POST", ENDPOINTS + "/" + name("gone") + "/enable", null);
        assertThat(json(enabled.body()).get("result").get("enabled").asBoolean()).isTrue();
    }

    @Test
    void badRequestsAreAnsweredWithTheFieldNamedAndNothingIsStored() {
        assertBadRequest("{\"name\":\"Bad Name\",\"url\":\"https://x.example\"}", "name");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"ftp://x.example\"}", "url");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"http://127.0.0.2/x\"}", "url");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"https://x.example\",\"eventTypes\":[\"nope\"]}",
                "eventTypes[0]");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"https://x.example\",\"evenTypes\":[]}",
                "evenTypes");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"https://x.example\",\"secret\":\"plain\"}",
                "secret");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"https://x.example\",\"auth\":{\"type\":\"mtls\"}}",
                "auth.type");
        assertBadRequest("{\"name\":\"" + name("x") + "\",\"url\":\"https://x.example\",\"auth\":{\"type\":"
                + "\"bearer\",\"token\":\"a\\r\\nX: y\"}}", "auth.token");
        assertThat(http.send("POST", ENDPOINTS, "{not json").statusCode()).isEqualTo(400);
        assertThat(http.get(ENDPOINTS + "/" + name("x")).statusCode()).isEqualTo(404);
        assertThat(http.send("DELETE", ENDPOINTS + "/" + name("x"), null).statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(server.getURI()).get(ENDPOINTS).statusCode()).isEqualTo(401);
    }

    private void assertBadRequest(String body, String field) {
        HttpResponse<String> answer = http.send("POST", ENDPOINTS, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("'" + field + "'");
    }

    private JsonNode create(String suffix, SignedReceiver receiver, String eventTypes, String auth) {
        String name = name(suffix);
        String body = "{\"name\":\"" + name + "\",\"url\":\"" + receiver.url() + "\",\"eventTypes\":" + eventTypes
                + (auth == null ? "" : ",\"auth\":" + auth) + "}";
        HttpResponse<String> answer = http.send("POST", ENDPOINTS, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        created.add(name);
        JsonNode result = json(answer.body()).get("result");
        receiver.expectSecret(result.get("secret").asText());
        return result;
    }

    private SignedReceiver receiver(java.util.function.Predicate<String> requiredAuthorization) {
        SignedReceiver receiver = new SignedReceiver();
        if (requiredAuthorization != null) {
            receiver.requireAuthorization(requiredAuthorization);
        }
        receivers.add(receiver);
        return receiver;
    }

    private String name(String suffix) {
        return "e2e-" + run + "-" + suffix;
    }

    private String startCall() {
        HttpResponse<String> started = http.send("POST", API, body(START));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return Http.field(started.body(), "interactionId");
    }

    /** Everything the database holds of this run's endpoints, as text. */
    protected String storedText() {
        String text = storedRows();
        assertThat(text).as("this run's endpoints are stored").contains(run);
        return text;
    }

    /** Every stored endpoint as text: the SQL table's rows; MongoDB's subclass reads its collection. */
    protected String storedRows() {
        return StoredRows.of(databaseUrl, databaseUser, databasePassword, "webhook_endpoint");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
