package dev.switchboard.adapter.rest.error;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.StorageUnavailableException;
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
 * A store that cannot be used is a 503 in the vendor envelope with {@code Retry-After}, for writes and reads alike:
 * the request was fine and may be sent again. The store's own message is logged in one line, never shown.
 */
@MicronautTest(environments = StorageUnavailableTest.OUTAGE)
class StorageUnavailableTest {

    static final String OUTAGE = "storage-unavailable";
    private static final String CAUSE = "The database cannot be used now: Connection to db-7.internal:5432 refused";
    private static final String INTERACTION = "1f4ed6fdb7471110b6e8bc15ae11a971";

    @Inject
    EmbeddedServer server;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @Factory
    @Requires(env = OUTAGE)
    static class UnavailableStorage {

        @Singleton
        @Replaces(VoiceInteractionUseCases.class)
        VoiceInteractionUseCases unavailable() {
            return new VoiceInteractionUseCases(command -> down(), command -> down(), command -> down(),
                    command -> down(), command -> down(), id -> down(), (id, page) -> down());
        }

        private static <T> T down() {
            throw new StorageUnavailableException(CAUSE);
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
    void aWriteIsA503InTheEnvelopeWithRetryAfter() {
        Response response = new VoiceApi(server).call().post(V1).as(INTEGRATION).json(VoiceApi.startBody("x")).send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Service Unavailable\",\"detail\":\"The service"
                + " cannot use its database right now; try again in 5 seconds (POST " + V1 + ")\"},\"status\":\"failure\"}");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("POST " + V1 + " answered 503: " + CAUSE);
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
