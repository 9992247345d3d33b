package dev.switchboard.adapter.rest.error;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.switchboard.adapter.rest.CapturedLog;
import dev.switchboard.adapter.rest.FailingUseCases;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store that cannot be used is a 503 in the vendor envelope with {@code Retry-After}, for writes and reads alike:
 * the request was fine and may be sent again. The store's own message is logged in one line, never shown.
 */
@MicronautTest
@Property(name = FailingUseCases.PROPERTY, value = "unavailable")
class StorageUnavailableTest {

    private static final String INTERACTION = "1f4ed6fdb7471110b6e8bc15ae11a971";

    @RegisterExtension
    static final CapturedLog LOG = CapturedLog.of(ApiExceptionHandler.class);

    @Inject
    EmbeddedServer server;

    @Test
    void aWriteIsA503InTheEnvelopeWithRetryAfter() {
        Response response = new VoiceApi(server).call().post(V1).as(INTEGRATION).json(VoiceApi.startBody("x")).send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Service Unavailable\",\"detail\":\"The service"
                + " cannot use its database right now; try again in 5 seconds (POST " + V1 + ")\"},\"status\":\"failure\"}");
        assertThat(LOG.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("POST " + V1 + " answered 503: " + FailingUseCases.OUTAGE);
            assertThat(event.getThrowableProxy()).as("no stack trace per request during an outage").isNull();
        });
    }

    @Test
    void aReadIsA503TooAndXmlClientsGetTheXmlEnvelope() {
        Response response = new VoiceApi(server).call().get(V1 + "/" + INTERACTION + "/messages").as(READER)
                .accept("application/xml").send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.xml().get("error").get("message").asText()).isEqualTo("Service Unavailable");
        assertThat(response.body()).doesNotContain("db-7.internal");
    }
}
