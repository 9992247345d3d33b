package dev.switchboard.bootstrap.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The bot examples with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoBotIntegrationEndToEndTest extends BotIntegrationEndToEnd {

    private MongoServer mongo;

    @Override
    protected Map<String, String> storeProperties() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        return Map.of("switchboard.storage", "mongo",
                "switchboard.mongo.uri", "mongodb://127.0.0.1:" + address.getPort()
                        + "/switchboard?serverSelectionTimeoutMS=30000");
    }

    @AfterAll
    void stopMongo() {
        mongo.shutdownNow();
    }
}
