package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MongoDB has no outbox yet: configured event endpoints stop the start with a message saying so. */
class MongoRefusesWebhookEndpointsTest {

    @Test
    void endpointsOnMongoStopTheStart() {
        try (MongoOnASocket mongo = new MongoOnASocket()) {
            Map<String, Object> properties = new HashMap<>(mongo.serviceProperties());
            properties.put("micronaut.server.port", -1);
            properties.put("switchboard.webhook.endpoints.crm.url", "https://crm.example.com/hooks");
            properties.put("switchboard.webhook.endpoints.crm.secret", SignedReceiver.SECRET);

            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties).close())
                    .hasStackTraceContaining("switchboard.webhook.endpoints need a store with an outbox");
        }
    }
}
