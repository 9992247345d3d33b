package dev.switchboard.adapter.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * One mongo-java-server (memory backend) for the whole test JVM, spoken to over a real socket on 127.0.0.1 and a
 * random port, exactly as a MongoDB server would be. Like MongoDB without a replica set, it has no multi-document
 * transactions, which is the point: the adapter must not need them.
 */
final class InProcessMongo {

    private static MongoServer server;
    private static MongoClient client;

    private InProcessMongo() {
    }

    /**
     * A connection string for a database of this server, e.g. {@code mongodb://127.0.0.1:41234/contract?…}. It waits
     * up to 30 s for the server instead of the adapter's 5 s default: this machine also runs other builds, and a busy
     * test JVM can take seconds to answer its first handshake.
     */
    static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database
                + "?serverSelectionTimeoutMS=30000";
    }

    static synchronized MongoDatabase database(String name) {
        String uri = uri(name);
        if (client == null) {
            client = MongoClients.create(uri);
        }
        return client.getDatabase(name);
    }
}
