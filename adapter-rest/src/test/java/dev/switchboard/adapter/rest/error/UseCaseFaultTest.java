package dev.switchboard.adapter.rest.error;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A fault inside a use case (a bug, say) is a logged 500 whose body tells nothing of it, even where its message carries
 * internals. A store that cannot be used is a 503 instead ({@link StorageUnavailableTest}).
 */
@MicronautTest
@Property(name = FailingUseCases.PROPERTY, value = "fault")
class UseCaseFaultTest {

    @RegisterExtension
    static final CapturedLog LOG = CapturedLog.of(ApiExceptionHandler.class);

    @Inject
    EmbeddedServer server;

    @Test
    void faultIsLoggedWithItsStackTraceAndHiddenFromTheClient() {
        Response response = new VoiceApi(server).call().post(V1).as(INTEGRATION).accept("application/xml")
                .json(VoiceApi.startBody("x")).send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.xml().get("error").get("message").asText())
                .isEqualTo("An unexpected error occurred while processing the request");
        assertThat(response.body()).doesNotContain("SQLState").doesNotContain("password");
        assertThat(LOG.events()).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Unexpected failure of POST " + V1);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(FailingUseCases.FAULT);
        });
    }
}
