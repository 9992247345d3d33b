package dev.switchboard.adapter.rest.hostile;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The HTTP surface on generated hostile requests, against the server on in-memory storage: every answer is a 2xx or
 * a 4xx in the vendor envelope (JSON or well-formed XML, as accepted), never a 5xx; and after every accepted write,
 * the interaction and its messages read back with 200, as JSON and as well-formed XML.
 *
 * <p>Tries: {@code -Dhostile.tries=<factor>} (default 1 = 200 requests); seed: {@code -Dhostile.seed=<n>}.
 */
@MicronautTest
class HttpPropertiesTest {

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/xml",
            "text/xml", "application/json; charset=utf-8", "application/json; charset=utf-16",
            "application/json; charset=x-bogus", "application", ";;;", "text/plain", "application/xml; charset=\"utf-8\"");
    private static final List<String> ACCEPTS = List.of("", "application/json", "application/xml", "text/xml", "*/*",
            "text/html", "application/xml;q=0.5, application/json;q=0.9");

    @Inject
    VoiceApi api;

    private int accepted;
    private int refused;

    @Test
    void generatedRequestsAreAnsweredWithoutServerErrorsAndWhatIsStoredReadsBack() {
        int tries = Tries.forAll("generated HTTP requests", Tries.count(200), this::request,
                this::answeredWell);

        System.out.printf("HTTP properties (seed %d): %d requests, %d accepted, %d refused%n", Tries.seed(), tries,
                accepted, refused);
        assertThat(accepted).as("accepted writes, each read back").isGreaterThan(tries / 40);
        assertThat(refused).as("refused writes").isGreaterThan(tries / 4);
    }

    /** A write to one of the five operations, with a generated body, Content-Type and Accept. */
    private GeneratedRequest request(Random random) {
        String id = random.nextInt(10) == 0 ? "%00" + "0".repeat(31) : api.start();
        String[] paths = {V1, V1 + "/" + id + "/conversation", V1 + "/" + id + "/messages", V1 + "/" + id + "/transcript",
            V1 + "/" + id + "/state"};
        int operation = random.nextInt(paths.length);
        String body = switch (random.nextInt(6)) {
            case 0 -> HostileInputs.jsonish(random);
            case 1 -> HostileInputs.xmlish(random);
            case 2 -> HostileInputs.mutatedExample(random);
            default -> operation == 2 ? HostileInputs.messages(random)
                    : operation == 3 ? "{\"transcript\":" + HostileInputs.messages(random) + "}"
                    : HostileInputs.callerDetails(random);
        };
        String contentType = random.nextBoolean() ? HostileInputs.pick(random, CONTENT_TYPES)
                : body.startsWith("<") ? "application/xml" : "application/json";
        return new GeneratedRequest(operation == 4 ? "PATCH" : "POST", paths[operation], operation == 0 ? null : id,
                contentType, HostileInputs.pick(random, ACCEPTS), body);
    }

    private void answeredWell(GeneratedRequest generated) {
        HttpCall call = api.call().method(generated.method(), generated.path()).as(INTEGRATION)
                .contentType(generated.contentType()).body(generated.body().getBytes(StandardCharsets.UTF_8));
        if (!generated.accept().isEmpty()) {
            call.accept(generated.accept());
        }
        Response response = call.send();

        assertThat(response.status()).as(response.toString()).isBetween(200, 499);
        if (response.status() >= 400) {
            refused++;
            assertEnvelope(response);
        } else {
            accepted++;
            readsBack(generated.interactionId() != null ? generated.interactionId() : startedId(response));
        }
    }

    /** The id a successful start answered with, in whichever representation it was answered. */
    private static String startedId(Response response) {
        return (response.contentType().contains("xml") ? response.xml() : response.json()).path("result")
                .path("interactionId").asText();
    }

    private void readsBack(String interactionId) {
        for (String path : List.of(V1 + "/" + interactionId, V1 + "/" + interactionId + "/messages")) {
            Response json = api.call().get(path).as(READER).send();
            Response xml = api.call().get(path).as(READER).accept("application/xml").send();
            assertThat(json.status()).as(json.toString()).isEqualTo(200);
            assertThat(json.json().path("result").isMissingNode()).isFalse();
            assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
            xml.assertWellFormedXml();
        }
    }

    private static void assertEnvelope(Response response) {
        if (response.contentType().contains("xml")) {
            response.assertWellFormedXml();
            assertThat(response.xml().path("status").asText()).isEqualTo("failure");
            assertThat(response.xml().path("error").path("message").asText()).isNotBlank();
        } else {
            assertThat(response.json().path("status").asText()).as(response.toString()).isEqualTo("failure");
            assertThat(response.errorMessage()).isNotBlank();
        }
    }

    /**
     * What the failure message shows: enough to replay the request by hand.
     *
     * @param interactionId the interaction in the path; null for a start, which names none
     */
    record GeneratedRequest(String method, String path, String interactionId, String contentType, String accept,
                            String body) {

        @Override
        public String toString() {
            return method + " " + path + " Content-Type: " + contentType + " Accept: " + accept + "\n"
                    + Tries.printable(body);
        }
    }
}
