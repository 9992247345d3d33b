package dev.switchboard.adapter.rest.error;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A fault inside a use case (a bug, say) is a logged 500 whose body tells nothing of it, even where its message carries
 * internals. A store that cannot be used is a 503 instead ({@link StorageUnavailableTest}).
 */
@MicronautTest(environments = UseCaseFaultTest.FAULT)
class UseCaseFaultTest {

    static final String FAULT = "use-case-fault";

    @Inject
    EmbeddedServer server;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    /** Every use case fails with internals in the message, as a bug deep in a driver might. */
    @Factory
    @Requires(env = FAULT)
    static class FailingUseCases {

        @Singleton
        @Replaces(VoiceInteractionUseCases.class)
        VoiceInteractionUseCases failing() {
            return new VoiceInteractionUseCases(command -> fault(), command -> fault(), command -> fault(),
                    command -> fault(), command -> fault(), id -> fault(), (id, page) -> fault());
        }

        private static <T> T fault() {
            throw new IllegalStateException("SQLState 08001: password authentication failed for user switchboard");
        }
    }

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(ApiExceptionHandler.class)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(ApiExceptionHandler.class)).detachAppender(log);
    }

    @Test
    void faultIsLoggedWithItsStackTraceAndHiddenFromTheClient() {
        Response response = new VoiceApi(server).call().post(V1).as(INTEGRATION).accept("application/xml")
                .json(VoiceApi.startBody("x")).send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.xml().get("error").get("message").asText())
                .isEqualTo("An unexpected error occurred while processing the request");
        assertThat(response.body()).doesNotContain("SQLState").doesNotContain("password");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Unexpected failure of POST " + V1);
            assertThat(event.getThrowableProxy().getMessage()).contains("SQLState 08001");
        });
    }
}
