package dev.switchboard.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.switchboard.bench.floor.MongoFloor;
import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.mongo.MongoServerMain;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.CpuProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * MongoDB as this machine offers it: the harness starts de.bwaldvogel mongo-java-server (in-memory backend) in a
 * JVM of its own on a free port, and the service connects to it with {@code SWITCHBOARD_STORAGE=mongo}. Every run
 * gets a new, empty server; it is stopped when the store is closed. A baseline jar uses another database on the
 * same server.
 */
public final class MongoStore implements Store {

    static final String DATABASE = "switchboard_bench";
    static final String BASELINE_DATABASE = "switchboard_bench_baseline";
    static final String SERVER_VERSION = "de.bwaldvogel mongo-java-server 1.47.0";

    private final Path workDir;
    private ChildProcess server;
    private MongoClient client;
    private int port;

    public MongoStore(Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public String name() {
        return "MongoDB";
    }

    @Override
    public Map<String, String> prepare(boolean baseline) throws IOException, InterruptedException {
        if (server == null) {
            port = ChildProcess.freePort();
            server = ChildProcess.startJava("mongo-java-server", List.of("-cp", ChildProcess.harnessClassPath(),
                    MongoServerMain.class.getName(), Integer.toString(port)), workDir, Map.of());
            server.awaitListening(port);
        }
        return Map.of("SWITCHBOARD_STORAGE", "mongo",
                "SWITCHBOARD_MONGO_URI", uri(baseline ? BASELINE_DATABASE : DATABASE));
    }

    private String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    private MongoClient client() {
        if (client == null) {
            client = MongoClients.create(uri(DATABASE));
        }
        return client;
    }

    @Override
    public Workload floor() {
        return new MongoFloor(client(), DATABASE);
    }

    @Override
    public Optional<Workload> groupedFloor() {
        return Optional.empty();
    }

    @Override
    public Optional<PgBench> pgbench() {
        return Optional.empty();
    }

    @Override
    public Optional<DiskUsage> diskUsage() {
        return Optional.empty(); // in memory: nothing on disk
    }

    @Override
    public String groupedFloorDescription() {
        return "not measured: the grouped floor is built for the SQL stores (one JDBC batch and one commit for every"
                + " waiting request); MongoDB keeps only the per-request insertMany floor";
    }

    @Override
    public String floorDescription() {
        return "insertMany of the adapter's message documents per request into the same collection and indexes, "
                + "one shared MongoClient";
    }

    @Override
    public String version() {
        try {
            Document info = client().getDatabase("admin").runCommand(new Document("buildInfo", 1));
            return SERVER_VERSION + " (in-memory backend; reports MongoDB " + info.getString("version") + ")";
        } catch (RuntimeException e) {
            return SERVER_VERSION + " (in-memory backend)";
        }
    }

    @Override
    public CpuProbe serverCpu() {
        long pid = server.pid();
        return CpuProbe.ofPid(pid);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
