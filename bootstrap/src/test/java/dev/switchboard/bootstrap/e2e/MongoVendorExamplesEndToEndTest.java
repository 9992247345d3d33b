package dev.switchboard.bootstrap.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The vendor's examples with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket
 * (no MongoDB is installed here; it speaks the same wire protocol and, like a server without replica set, has
 * no multi-document transactions).
 */
@MicronautTest(environments = "e2e", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoVendorExamplesEndToEndTest extends VendorExamplesEndToEnd implements TestPropertyProvider {

    private MongoServer mongo;

    @Override
    public Map<String, String> getProperties() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        return Map.of(
                "switchboard.storage", "mongo",
                // A busy CI machine can take seconds to answer the first handshake; the default is 5 s.
                "switchboard.mongo.uri", "mongodb://127.0.0.1:" + address.getPort() + "/switchboard?serverSelectionTimeoutMS=30000");
    }

    @AfterAll
    void stopMongo() {
        mongo.shutdownNow();
    }
}
