package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The vendor's examples with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoVendorExamplesEndToEndTest extends VendorExamplesEndToEnd implements TestPropertyProvider {

    private MongoOnASocket mongo;

    @Override
    public Map<String, String> getProperties() {
        mongo = new MongoOnASocket();
        return mongo.serviceProperties();
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }
}
