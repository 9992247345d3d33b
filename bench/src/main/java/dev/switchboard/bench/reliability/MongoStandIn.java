package dev.switchboard.bench.reliability;

import dev.switchboard.bench.mongo.MongoServerMain;
import dev.switchboard.bench.process.ChildProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * MongoDB as this machine offers it: de.bwaldvogel mongo-java-server (in-memory backend) in a JVM of its own, on a
 * fixed free port. Its outage is a SIGKILL and a new server on the same port, which starts empty: on this store the
 * outage scenario shows the service's answers, health and recovery, not durability across the database's restart.
 */
final class MongoStandIn implements Database {

    private final Path dir;
    private final int port = ChildProcess.freePort();
    private ChildProcess server;

    MongoStandIn(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "MongoDB";
    }

    @Override
    public void start() throws IOException, InterruptedException {
        server = ChildProcess.startJava("mongo-java-server", List.of("-cp", ChildProcess.harnessClassPath(),
                MongoServerMain.class.getName(), Integer.toString(port)), dir, Map.of());
        server.awaitListening(port);
    }

    @Override
    public void stop() throws InterruptedException {
        server.kill();
    }

    @Override
    public Map<String, String> environment(String database, Path serviceWorkDir) {
        return Map.of("SWITCHBOARD_STORAGE", "mongo",
                "SWITCHBOARD_MONGO_URI", "mongodb://127.0.0.1:" + port + "/" + database);
    }

    @Override
    public boolean isServer() {
        return true;
    }

    @Override
    public boolean keepsDataWhenRestarted() {
        return false;
    }

    @Override
    public String version() {
        return "de.bwaldvogel mongo-java-server 1.47.0 (in-memory backend, a JVM of its own)";
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
