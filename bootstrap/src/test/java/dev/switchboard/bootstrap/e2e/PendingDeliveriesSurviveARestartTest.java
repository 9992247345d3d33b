package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliveries the service could not make before it stopped are made after it starts again, once each: the outbox is
 * in the database file, not in memory.
 */
class PendingDeliveriesSurviveARestartTest {

    private static final String API = "/api/now/cs/voice-interactions";

    @TempDir
    Path dataDirectory;

    @Test
    void eventsOfTheFirstRunAreDeliveredByTheSecond() throws InterruptedException {
        try (SignedReceiver receiver = new SignedReceiver()) {
            receiver.answerWith(503);
            List<String> opened = new ArrayList<>();
            try (EmbeddedServer first = start(receiver)) {
                Http http = new Http(first.getURI(), "admin", "admin");
                for (int i = 0; i < 3; i++) {
                    opened.add(field(http.send("POST", API, body(START)).body(), "interactionId"));
                }
                while (receiver.attempts() < 3) {
                    Thread.sleep(20);
                }
            }
            assertThat(receiver.acceptedIds()).isEmpty();

            receiver.answerWith(204);
            try (EmbeddedServer second = start(receiver)) {
                List<String> delivered = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    delivered.add(field(receiver.next(Duration.ofSeconds(20)), "interactionId"));
                }
                assertThat(delivered).containsExactlyInAnyOrderElementsOf(opened);
                assertThat(receiver.acceptedIds()).doesNotHaveDuplicates();
            }
        }
    }

    private EmbeddedServer start(SignedReceiver receiver) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:h2:file:" + dataDirectory.resolve("switchboard").toAbsolutePath()
                + ";WRITE_DELAY=1000;RETENTION_TIME=1000");
        properties.put("switchboard.webhook.endpoints.audit.url", receiver.url());
        properties.put("switchboard.webhook.endpoints.audit.secret", SignedReceiver.SECRET);
        properties.put("switchboard.webhook.endpoints.audit.event-types", "interaction.opened");
        properties.put("switchboard.webhook.allowed-hosts", "127.0.0.1");
        properties.put("switchboard.webhook.outbox.retry-schedule", "200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms");
        properties.put("switchboard.webhook.poll-interval", "100ms");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }
}
