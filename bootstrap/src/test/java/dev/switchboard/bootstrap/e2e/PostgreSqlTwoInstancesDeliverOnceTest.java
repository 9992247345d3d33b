package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.jdbc.postgresql.OnLocalPostgreSql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL database, both dispatching: every event reaches the endpoint once, whichever
 * instance stored it and whichever dispatched it (SKIP LOCKED claims and leases in the outbox). Skipped outside CI
 * when no PostgreSQL runs on 127.0.0.1:5432; a failure under CI=true.
 */
@OnLocalPostgreSql
class PostgreSqlTwoInstancesDeliverOnceTest {

    private static final String API = "/api/now/cs/voice-interactions";
    private static final int PER_INSTANCE = 25;

    @Test
    void eachEventIsDeliveredOnce() {
        // An endpoint of its own: the database keeps earlier runs' deliveries.
        String endpoint = "twin-" + Long.toHexString(System.nanoTime());
        try (SignedReceiver receiver = new SignedReceiver();
             EmbeddedServer one = start(receiver, endpoint);
             EmbeddedServer two = start(receiver, endpoint)) {
            List<String> opened = new ArrayList<>();
            for (EmbeddedServer server : List.of(one, two)) {
                Http http = new Http(server.getURI(), "admin", "admin");
                for (int i = 0; i < PER_INSTANCE; i++) {
                    opened.add(field(http.send("POST", API, body(START)).body(), "interactionId"));
                }
            }

            List<String> delivered = new ArrayList<>();
            for (int i = 0; i < opened.size(); i++) {
                delivered.add(field(receiver.next(Duration.ofSeconds(30)), "interactionId"));
            }

            assertThat(delivered).containsExactlyInAnyOrderElementsOf(opened);
            assertThat(receiver.acceptedIds()).doesNotHaveDuplicates().hasSize(opened.size());
            // The configured endpoint is stored: a later run must not deliver to this run's receiver.
            new Http(one.getURI(), "admin", "admin").send("DELETE", "/api/switchboard/v1/webhooks/endpoints/"
                    + endpoint, null);
        }
    }

    private static EmbeddedServer start(SignedReceiver receiver, String endpoint) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/switchboard_test");
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "");
        properties.put("switchboard.webhook.endpoints." + endpoint + ".url", receiver.url());
        properties.put("switchboard.webhook.endpoints." + endpoint + ".secret", SignedReceiver.SECRET);
        properties.put("switchboard.webhook.endpoints." + endpoint + ".event-types", "interaction.opened");
        properties.put("switchboard.webhook.allowed-hosts", "127.0.0.1");
        properties.put("switchboard.webhook.poll-interval", "50ms");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }
}
