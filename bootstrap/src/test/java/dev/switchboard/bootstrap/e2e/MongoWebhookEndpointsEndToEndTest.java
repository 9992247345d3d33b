package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The endpoint API with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoWebhookEndpointsEndToEndTest extends WebhookEndpointsEndToEnd {

    private MongoOnASocket mongo;

    @Override
    protected Map<String, String> storeProperties() {
        mongo = new MongoOnASocket();
        return mongo.serviceProperties();
    }

    @Override
    protected String storedRows() {
        return mongo.documents("webhook_endpoints");
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }
}
