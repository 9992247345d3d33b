package dev.switchboard.adapter.rest.error;

import static dev.switchboard.adapter.rest.HttpCall.ADMIN;
import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The errors Micronaut raises before or after our code runs (route misses, media types, body size, faults) carry
 * the vendor envelope too, in JSON or XML as the client accepts.
 */
@MicronautTest
class FrameworkErrorsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    VoiceApi api;

    @Test
    void unknownRouteIs404() {
        Response response = api.call().get("/api/now/table/incident").as(ADMIN).send();

        assertEnvelope(response, 404, "Page Not Found");
        assertThat(response.json().at("/error/detail").asText()).isEqualTo("GET /api/now/table/incident");
    }

    @Test
    void unknownRouteIs404ForAnonymousCallersToo() {
        assertEnvelope(api.call().get("/nothing/here").send(), 404, "Page Not Found");
    }

    @Test
    void unknownRouteIs404InXml() {
        Response response = api.call().get("/nothing/here").accept("application/xml").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.body()).isEqualTo("<response><error><message>Page Not Found</message>"
                + "<detail>GET /nothing/here</detail></error><status>failure</status></response>");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Response response = api.call().method("DELETE", V1 + "/" + api.start()).as(ADMIN).send();

        assertEnvelope(response, 405, "Method [DELETE] not allowed");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void putOnStateIs405() {
        Response response = api.call().method("PUT", V1 + "/" + api.start() + "/state").as(ADMIN)
                .json("{\"state\":\"closed_complete\"}").send();

        assertEnvelope(response, 405, "Method [PUT] not allowed");
        assertThat(response.header("Allow")).isEqualTo("PATCH");
    }

    @Test
    void unsupportedAcceptIs406InJson() {
        Response response = api.call().post(V1).as(INTEGRATION).accept("text/html")
                .json(VoiceApi.startBody("x")).send();

        assertEnvelope(response, 406, "Specified Accept Types [text/html] not supported");
    }

    @Test
    void unsupportedAcceptOnReadIs406() {
        Response response = api.call().get(V1 + "/" + api.start()).as(ADMIN).accept("text/csv").send();

        assertEnvelope(response, 406, "Specified Accept Types [text/csv] not supported");
    }

    @Test
    void unsupportedContentTypeIs415() {
        Response response = api.call().post(V1).as(INTEGRATION).contentType("text/plain")
                .body(VoiceApi.startBody("x")).send();

        assertEnvelope(response, 415, "Content Type [text/plain] not allowed");
    }

    @Test
    void unsupportedContentTypeIs415InXmlWhenXmlIsAccepted() {
        Response response = api.call().post(V1).as(INTEGRATION).contentType("application/x-www-form-urlencoded")
                .accept("application/xml").body("userId=%2B14089178877").send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.xml().get("status").asText()).isEqualTo("failure");
    }

    @Test
    void noContentTypeMeansJson() {
        Response response = api.call().post(V1).as(INTEGRATION).body(VoiceApi.startBody("x")).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void bodyOverTheConfiguredMaximumIs413() {
        byte[] body = new byte[10 * 1024 * 1024 + 1]; // micronaut.server.max-request-size: 10MB (test config)
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';

        Response response = api.call().post(V1 + "/" + api.start() + "/messages").as(INTEGRATION)
                .contentType("application/json").body(body).send();

        assertEnvelope(response, 413, "The content length [10485761] exceeds the maximum allowed content length");
    }

    @Test
    void bodyJustUnderTheMaximumIsRead() {
        String padding = " ".repeat(10 * 1024 * 1024 - 200);
        byte[] body = (VoiceApi.startBody("big") + padding).getBytes(StandardCharsets.UTF_8);

        Response response = api.call().post(V1).as(INTEGRATION).contentType("application/json").body(body).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void unexpectedFaultIs500WithoutInternals() {
        Response response = api.call().get("/test-only/fault").send();

        assertEnvelope(response, 500, "An unexpected error occurred while processing the request");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("jdbc").doesNotContain("IllegalState");
        assertThat(response.json().at("/error/detail").asText())
                .isEqualTo("The error has been logged on the server (GET /test-only/fault)");
    }

    static void assertEnvelope(Response response, int status, String messageStart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.errorMessage()).startsWith(messageStart);
        assertThat(response.json().at("/error/detail").isTextual()).isTrue();
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }
}
