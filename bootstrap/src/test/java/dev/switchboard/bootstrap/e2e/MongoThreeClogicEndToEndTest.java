package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** 3CLogic's WebSocket with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoThreeClogicEndToEndTest extends ThreeClogicEndToEnd {

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
