package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Amazon Connect's call context on the assembled service: an administrator configures the channel, the contact flow
 * takes a token from the generated token URL with the generated client, posts the contact data to the generated
 * call-context URL (a retry of it answers with the same interaction), and the integrator finds the one interaction by
 * the ContactId. Each store runs it through a subclass.
 */
abstract class AmazonConnectEndToEnd extends ConfiguredAssistantsEndToEnd {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void aContactFlowsCallContextOpensAnInteractionFoundByItsContactId() {
        String configured = configure("{\"name\": \"Connect e2e\", \"providerApplication\": \"Amazon Connect\","
                + " \"channels\": {\"amazon-connect\": {\"callContextAuth\": \"oauth2\"}}}");
        String id = field(configured, "id");
        String tokenUrl = field(configured, "tokenUrl");
        String callContextUrl = field(configured, "callContextUrl");
        assertThat(tokenUrl).isEqualTo(PUBLIC_URL + ASSISTANTS + "/" + id + "/channels/amazon-connect/oauth2/token");
        String client = field(configured, "clientId") + ":" + field(configured, "clientSecret");

        HttpResponse<String> token = post(local(tokenUrl), "application/x-www-form-urlencoded",
                "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)),
                "grant_type=client_credentials");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(token.body()).contains("\"token_type\":\"Bearer\"").contains("\"expires_in\":300");
        String contactId = UUID.randomUUID().toString();
        String event = "{\"Details\": {\"ContactData\": {\"Channel\": \"VOICE\", \"ContactId\": \"" + contactId
                + "\", \"CustomerEndpoint\": {\"Address\": \"+14155550123\", \"Type\": \"TELEPHONE_NUMBER\"},"
                + " \"InitiationMethod\": \"INBOUND\"}, \"Parameters\": {}}, \"Name\": \"ContactFlowEvent\"}";

        HttpResponse<String> refused = post(local(callContextUrl), "application/json", "Bearer forged", event);
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> opened = post(local(callContextUrl), "application/json",
                "Bearer " + field(token.body(), "access_token"), event);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);

        HttpResponse<String> retried = post(local(callContextUrl), "application/json",
                "Bearer " + field(token.body(), "access_token"), event);
        assertThat(retried.statusCode()).as("a retry of the contact flow").isEqualTo(200);
        assertThat(retried.body()).isEqualTo(opened.body());

        HttpResponse<String> found = admin.get("/api/now/v1/cs/voice-interactions?clientSessionId=" + contactId);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(field(found.body(), "interactionId")).isEqualTo(field(opened.body(), "interactionId"));
        assertThat(field(found.body(), "callerPhoneNumber")).isEqualTo("+14155550123");
        assertThat(field(found.body(), "inboundId")).isEqualTo(id);
    }

    /** The generated URL is on the public URL; the test reaches the same path on the embedded server. */
    private URI local(String generated) {
        return server.getURI().resolve(URI.create(generated).getRawPath());
    }

    private static HttpResponse<String> post(URI uri, String contentType, String authorization, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
