package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Genesys' Audio Connector (AudioHook) with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoGenesysAudioHookEndToEndTest extends GenesysAudioHookEndToEnd {

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
