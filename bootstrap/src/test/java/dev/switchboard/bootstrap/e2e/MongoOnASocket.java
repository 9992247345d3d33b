package dev.switchboard.bootstrap.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.bson.Document;

/**
 * mongo-java-server on a free port of 127.0.0.1, for end-to-end tests of the service with
 * {@code switchboard.storage=mongo} (no MongoDB is installed here; it speaks the same wire protocol and, like a server
 * without replica set, has no multi-document transactions).
 */
final class MongoOnASocket implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address;

    MongoOnASocket() {
        server.bind("127.0.0.1", 0);
        address = server.getLocalAddress();
    }

    /** The properties that point the service at this server. */
    Map<String, String> serviceProperties() {
        return Map.of("switchboard.storage", "mongo", "switchboard.mongo.uri", uri());
    }

    /**
     * Every document of the service's {@code collection} as JSON, one a line, read over a connection of the test's
     * own: what an operator or a stolen backup would see.
     */
    String documents(String collection) {
        StringBuilder text = new StringBuilder();
        try (MongoClient client = MongoClients.create(uri())) {
            for (Document document : client.getDatabase("switchboard").getCollection(collection).find()) {
                text.append(document.toJson()).append('\n');
            }
        }
        return text.toString();
    }

    private String uri() {
        // A busy CI machine can take seconds to answer the first handshake; the default is 5 s.
        return "mongodb://127.0.0.1:" + address.getPort() + "/switchboard?serverSelectionTimeoutMS=30000";
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
