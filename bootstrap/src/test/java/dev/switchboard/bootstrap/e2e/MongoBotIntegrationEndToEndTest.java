package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.mongo.MongoWebhookOutbox;
import dev.switchboard.application.port.out.WebhookOutbox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The bot examples with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. Asynchronous
 * replies go through the MongoDB outbox, as on the SQL stores.
 */
@MicronautTest(environments = "e2e", transactional = false)
class MongoBotIntegrationEndToEndTest extends BotIntegrationEndToEnd {

    @Inject
    WebhookOutbox outbox;

    private MongoOnASocket mongo;

    /** With an outbox, the wiring makes asynchronous replies its deliveries (BotIntegrationWiring). */
    @Test
    void asynchronousRepliesHaveTheMongoOutbox() {
        assertThat(outbox).isInstanceOf(MongoWebhookOutbox.class);
    }

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
