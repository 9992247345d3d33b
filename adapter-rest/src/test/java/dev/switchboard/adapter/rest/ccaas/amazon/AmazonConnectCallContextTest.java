package dev.switchboard.adapter.rest.ccaas.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.CapturedLog;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import dev.switchboard.application.fake.FixedClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Amazon Connect's side over real HTTP: an assistant configured through the admin API, a token from its token URL,
 * the contact data posted to its call-context URL, and the interaction found by its ContactId. Refusals create
 * nothing and are logged without secrets.
 */
@MicronautTest
@Property(name = AmazonConnectTestFactory.PROPERTY, value = "true")
class AmazonConnectCallContextTest {

    private static final String ASSISTANTS = "/api/switchboard/v1/voice-assistants/";

    @RegisterExtension
    static final CapturedLog LOG = CapturedLog.of(AmazonConnectController.class);

    @Inject
    VoiceApi api;

    @Inject
    FixedClock clock;

    @Test
    void aContactFlowGetsATokenAndItsCallContextOpensTheInteraction() {
        Channel channel = channel("oauth2", true);
        String contactId = UUID.randomUUID().toString();

        Response token = tokenRequest(channel.id).header("Authorization", basic(channel.clientId, channel.secret))
                .body("grant_type=client_credentials").send();

        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isEqualTo(300);
        assertThat(token.header("Cache-Control")).isEqualTo("no-store");
        String accessToken = token.json().get("access_token").asText();
        assertThat(accessToken).doesNotContain(channel.secret);

        Response created = callContext(channel.id, accessToken, lambdaEvent(contactId, "+14155550123"));

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String interactionId = created.json().get("interactionId").asText();
        assertThat(created.json().get("contactId").asText()).isEqualTo(contactId);
        JsonNode interaction = api.interaction(interactionId);
        assertThat(interaction.get("clientSessionId").asText()).isEqualTo(contactId);
        assertThat(interaction.get("callerPhoneNumber").asText()).isEqualTo("+14155550123");
        assertThat(interaction.get("userId").asText()).isEqualTo("+14155550123");
        assertThat(interaction.get("inboundId").asText()).isEqualTo(channel.id);
        Response retried = callContext(channel.id, accessToken, lambdaEvent(contactId, "+14155550123"));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(created.json());
        assertThat(interactionsOf(contactId)).isEqualTo(1);
        assertThat(LOG.events().stream().map(ILoggingEvent::getFormattedMessage))
                .anyMatch(line -> line.contains(contactId + " retried: answered with its open interaction "
                        + interactionId));
    }

    @Test
    void theClientMayAuthenticateInTheFormAndPostTheContactDataAlone() {
        Channel channel = channel("oauth2", true);
        String contactId = UUID.randomUUID().toString();

        Response token = tokenRequest(channel.id).body("grant_type=client_credentials&client_id=" + channel.clientId
                + "&client_secret=" + form(channel.secret)).send();
        Response created = callContext(channel.id, token.json().get("access_token").asText(),
                "{\"ContactId\": \"" + contactId + "\", \"CustomerEndpoint\": {\"Address\": \"+442071838750\"}}");

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(api.interaction(created.json().get("interactionId").asText()).get("callerPhoneNumber").asText())
                .isEqualTo("+442071838750");
    }

    @Test
    void tokenRequestsAreRefusedAsRfc6749Says() {
        Channel channel = channel("oauth2", true);
        String good = basic(channel.clientId, channel.secret);

        Response wrongSecret = tokenRequest(channel.id).header("Authorization", basic(channel.clientId, "nope"))
                .body("grant_type=client_credentials").send();
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(wrongSecret.header("WWW-Authenticate")).startsWith("Basic realm=");

        Response noClient = tokenRequest(channel.id).body("grant_type=client_credentials").send();
        assertThat(noClient.status()).isEqualTo(401);
        assertThat(noClient.json().get("error").asText()).isEqualTo("invalid_client");

        assertError(tokenRequest(channel.id).header("Authorization", good).body("grant_type=password").send(), 400,
                "unsupported_grant_type");
        assertError(tokenRequest(channel.id).header("Authorization", good).body("scope=x").send(), 400,
                "invalid_request");
        assertError(tokenRequest(channel.id).header("Authorization", good)
                .body("grant_type=client_credentials&grant_type=client_credentials").send(), 400, "invalid_request");
        assertError(tokenRequest(channel.id).header("Authorization", good)
                .body("grant_type=client_credentials&client_id=" + channel.clientId).send(), 400, "invalid_request");
        assertError(tokenRequest("0123456789abcdef0123456789abcdef").header("Authorization", good)
                .body("grant_type=client_credentials").send(), 404, "invalid_request");
        assertError(tokenRequest("not-an-id").header("Authorization", good)
                .body("grant_type=client_credentials").send(), 404, "invalid_request");

        Channel disabled = channel("oauth2", false);
        assertError(tokenRequest(disabled.id).header("Authorization", basic(disabled.clientId, disabled.secret))
                .body("grant_type=client_credentials").send(), 403, "unauthorized_client");
        assertNoSecretLogged(channel, disabled);
    }

    @Test
    void callContextsWithoutAValidTokenAreRefusedAndCreateNothing() {
        Channel channel = channel("oauth2", true);
        Channel other = channel("oauth2", true);
        String contactId = UUID.randomUUID().toString();
        String event = lambdaEvent(contactId, "+14155550123");
        String token = token(channel);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3];

        Response none = api.call().post(callContextPath(channel.id)).json(event).send();
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"switchboard-amazon-connect\"");
        Response bad = callContext(channel.id, forged, event);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(callContext(other.id, token, event).status()).as("another assistant's token").isEqualTo(401);
        assertThat(callContext("0123456789abcdef0123456789abcdef", token, event).status()).isEqualTo(404);
        assertThat(api.call().post(callContextPath(channel.id)).header("Authorization", basic("admin", "admin"))
                .json(event).send().status()).as("a user's login is no token").isEqualTo(401);

        clock.advance(AmazonConnectTestFactory.TOKEN_LIFETIME);
        Response expired = callContext(channel.id, token, event);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error_description").asText()).contains("expired");

        assertThat(interactionsOf(contactId)).isZero();
        assertNoSecretLogged(channel, other);
        assertThat(logged()).doesNotContain(token);
    }

    @Test
    void aDisabledChannelOrAnAssistantWithoutOneIsRefused() {
        Channel channel = channel("oauth2", true);
        String token = token(channel);
        String contactId = UUID.randomUUID().toString();
        Response disabled = api.call().method("PUT", ASSISTANTS + channel.id).as(HttpCall.ADMIN)
                .json("{\"name\": \"Front desk\", \"providerApplication\": \"Connect\", \"channels\":"
                        + " {\"amazon-connect\": {\"callContextAuth\": \"oauth2\", \"enabled\": false}}}").send();
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

        assertError(callContext(channel.id, token, lambdaEvent(contactId, null)), 403, "forbidden");

        Response removed = api.call().method("PUT", ASSISTANTS + channel.id).as(HttpCall.ADMIN)
                .json("{\"name\": \"Front desk\", \"providerApplication\": \"Connect\", \"channels\": {}}").send();
        assertThat(removed.status()).isEqualTo(200);
        assertError(callContext(channel.id, token, lambdaEvent(contactId, null)), 404, "not_found");
        assertThat(interactionsOf(contactId)).isZero();
    }

    @Test
    void anMtlsChannelSaysThatTheProxyTerminatesTlsAndStillWantsAToken() {
        Channel channel = channel("mtls", true);

        Response none = api.call().post(callContextPath(channel.id)).json(lambdaEvent("c", null)).send();

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error_description").asText()).contains("mtls").contains("proxy");
        assertThat(callContext(channel.id, token(channel), lambdaEvent(UUID.randomUUID().toString(), null)).status())
                .isEqualTo(200);
    }

    @Test
    void contactDataWithoutAContactIdIsA400NamingItAndCreatesNothing() {
        Channel channel = channel("oauth2", true);
        String token = token(channel);

        assertThat(callContext(channel.id, token, "{\"Details\": {\"ContactData\": {\"CustomerEndpoint\":"
                + " {\"Address\": \"+14155550123\"}}}}").json().get("error_description").asText())
                .contains("'ContactId'");
        assertThat(callContext(channel.id, token, "{\"ContactId\": 42}").json().get("error_description").asText())
                .contains("'ContactId'");
        assertError(callContext(channel.id, token, "[1, 2]"), 400, "invalid_request");
        assertError(callContext(channel.id, token, "{not json"), 400, "invalid_request");
    }

    private record Channel(String id, String clientId, String secret) {
    }

    private Channel channel(String auth, boolean enabled) {
        Response created = api.call().post(ASSISTANTS).as(HttpCall.ADMIN).json("{\"name\": \"Front desk\","
                + " \"providerApplication\": \"Connect\", \"channels\": {\"amazon-connect\": {\"callContextAuth\": \""
                + auth + "\", \"enabled\": " + enabled + "}}}").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode result = created.json().get("result");
        JsonNode amazon = result.get("channels").get("amazon-connect");
        assertThat(amazon.get("tokenUrl").asText()).endsWith(ASSISTANTS + result.get("id").asText()
                + "/channels/amazon-connect/oauth2/token");
        return new Channel(result.get("id").asText(), amazon.get("clientId").asText(),
                amazon.get("clientSecret").asText());
    }

    private String token(Channel channel) {
        Response token = tokenRequest(channel.id).header("Authorization", basic(channel.clientId, channel.secret))
                .body("grant_type=client_credentials").send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.json().get("access_token").asText();
    }

    private HttpCall tokenRequest(String assistantId) {
        return api.call().post(ASSISTANTS + assistantId + "/channels/amazon-connect/oauth2/token")
                .contentType("application/x-www-form-urlencoded");
    }

    private Response callContext(String assistantId, String token, String body) {
        return api.call().post(callContextPath(assistantId)).header("Authorization", "Bearer " + token).json(body)
                .send();
    }

    private static String callContextPath(String assistantId) {
        return ASSISTANTS + assistantId + "/channels/amazon-connect/call-context";
    }

    private long interactionsOf(String contactId) {
        Response found = api.call().get(VoiceApi.V1 + "?clientSessionId=" + contactId).as(HttpCall.READER).send();
        return Long.parseLong(found.header("X-Total-Count"));
    }

    /** The event of Connect's "Invoke AWS Lambda function" block, as AWS documents it. */
    private static String lambdaEvent(String contactId, String caller) {
        return "{\"Details\": {\"ContactData\": {\"Attributes\": {}, \"Channel\": \"VOICE\", \"ContactId\": \""
                + contactId + "\", \"CustomerEndpoint\": " + (caller == null ? "null" : "{\"Address\": \"" + caller
                + "\", \"Type\": \"TELEPHONE_NUMBER\"}") + ", \"InitialContactId\": \"" + contactId + "\","
                + " \"InitiationMethod\": \"INBOUND\", \"InstanceARN\":"
                + " \"arn:aws:connect:us-east-1:111111111111:instance/c8c0e68d-2200-4265-82c0-000000000000\","
                + " \"PreviousContactId\": \"" + contactId + "\", \"Queue\": null, \"SystemEndpoint\":"
                + " {\"Address\": \"+18005550100\", \"Type\": \"TELEPHONE_NUMBER\"}},"
                + " \"Parameters\": {\"sentAttributeKey\": \"sentAttributeValue\"}}, \"Name\": \"ContactFlowEvent\"}";
    }

    /** RFC 6749 §2.3.1: id and secret form-encoded, then base64. */
    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((form(id) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertError(Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("error").asText()).as(response.toString()).isEqualTo(error);
    }

    private static String logged() {
        return LOG.events().stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    private static void assertNoSecretLogged(Channel... channels) {
        assertThat(LOG.events()).isNotEmpty();
        for (Channel channel : channels) {
            assertThat(logged()).doesNotContain(channel.secret);
        }
    }
}
