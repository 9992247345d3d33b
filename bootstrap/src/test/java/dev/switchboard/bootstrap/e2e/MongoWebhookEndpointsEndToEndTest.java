package dev.switchboard.bootstrap.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;

/** The endpoint API with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoWebhookEndpointsEndToEndTest extends WebhookEndpointsEndToEnd {

    private MongoOnASocket mongo;

    @Value("${switchboard.mongo.uri}")
    String mongoUri;

    @Override
    protected Map<String, String> storeProperties() {
        mongo = new MongoOnASocket();
        return mongo.serviceProperties();
    }

    @Override
    protected String storedRows() {
        StringBuilder text = new StringBuilder();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document endpoint : client.getDatabase("switchboard").getCollection("webhook_endpoints").find()) {
                text.append(endpoint.toJson()).append('\n');
            }
        }
        return text.toString();
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }
}
