package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Webhook events with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket: the outbox's
 * deliveries ride in the interaction document's compare-and-set and are relayed to {@code webhook_deliveries}.
 */
@MicronautTest(environments = "e2e", transactional = false)
class MongoWebhookEventsEndToEndTest extends WebhookEventsEndToEnd {

    private MongoOnASocket mongo;

    @Override
    protected Map<String, String> storeProperties() {
        mongo = new MongoOnASocket();
        return mongo.serviceProperties();
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }
}
