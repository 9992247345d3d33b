package dev.switchboard.bench.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.bench.process.ParentWatch;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB the Mongo run talks to: de.bwaldvogel mongo-java-server with its in-memory backend, listening on
 * 127.0.0.1 in a JVM of its own, so that its CPU is not counted as the service's or the harness's. This machine
 * has no real MongoDB; the figures measure the service's adapter against this stand-in, not MongoDB itself.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        ParentWatch.exitWhenParentGoes(TimeUnit.HOURS.toMillis(1));
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-shutdown"));
        System.out.println("mongo-java-server listening on 127.0.0.1:" + port);
        new CountDownLatch(1).await(); // serves until the harness stops this process
    }
}
