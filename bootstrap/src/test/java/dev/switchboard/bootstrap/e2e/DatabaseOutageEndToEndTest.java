package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service, as it ships, while its database stops and comes back: every request is answered 503 in the vendor
 * envelope with {@code Retry-After} within the store's bound (3 s with the shipped settings, plus slack for a busy
 * machine), {@code /health} says DOWN with nothing but the status, and both recover by themselves, without a restart.
 * On SQL, H2 in server mode plays the database server (a real TCP connection, refused while it is stopped); on
 * MongoDB, mongo-java-server, which keeps its data in memory, so its restart is empty.
 */
class DatabaseOutageEndToEndTest {

    private static final String API = "/api/now/v1/cs/voice-interactions";
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final Duration SLACK = Duration.ofSeconds(4);

    @TempDir
    Path h2Files;

    @Test
    void onSql() throws SQLException {
        survivesAnOutage(new H2ServerMode(h2Files));
    }

    @Test
    void onMongo() {
        survivesAnOutage(new InMemoryMongo());
    }

    private static void survivesAnOutage(DatabaseServer database) {
        try (database; EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class,
                database.serviceProperties())) {
            String before = startInteraction(service);

            database.stop();
            assertUnavailable(service, before);

            database.start();
            assertRecovered(service);
            if (database.keepsData()) {
                assertThat(http(service).get(API + "/" + before).statusCode())
                        .as("acknowledged before the outage, readable after it").isEqualTo(200);
            }
        }
    }

    private static void assertUnavailable(EmbeddedServer service, String interaction) {
        long started = System.nanoTime();
        HttpResponse<String> write = http(service).send("POST", API + "/" + interaction + "/messages", "[{\"id\":\"m-1\","
                + "\"participantId\":\"AGENT\",\"content\":\"Hello\",\"beginOffsetMillis\":0,\"endOffsetMillis\":1}]");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND.plus(SLACK));
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Retry-After")).contains("5");
        assertThat(write.body()).isEqualTo("{\"error\":{\"message\":\"Service Unavailable\",\"detail\":\"The service"
                + " cannot use its database right now; try again in 5 seconds (POST " + API + "/" + interaction
                + "/messages)\"},\"status\":\"failure\"}");

        assertThat(http(service).get(API + "/" + interaction).statusCode()).isEqualTo(503);

        HttpResponse<String> health = http(service).get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
    }

    /** Within 20 s of the database's return, without touching the service. */
    private static void assertRecovered(EmbeddedServer service) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpResponse<String> started;
        do {
            started = http(service).send("POST", API, "{\"userId\":\"+14089178877\"}");
        } while (started.statusCode() == 503 && System.nanoTime() < deadline);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        HttpResponse<String> health = http(service).get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static String startInteraction(EmbeddedServer service) {
        HttpResponse<String> started = http(service).send("POST", API, "{\"userId\":\"+14089178877\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(http(service).get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
        return Http.field(started.body(), "interactionId");
    }

    private static Http http(EmbeddedServer service) {
        return new Http(service.getURI(), "admin", "admin");
    }

    /** A database server the test stops, and starts again on the same port. */
    private interface DatabaseServer extends AutoCloseable {

        Map<String, Object> serviceProperties();

        void stop();

        void start();

        boolean keepsData();

        @Override
        void close();
    }

    /** H2 in server mode on a file: a real TCP connection, refused while the server is stopped. */
    private static final class H2ServerMode implements DatabaseServer {

        private final Path files;
        private Server server;

        H2ServerMode(Path files) throws SQLException {
            this.files = files;
            this.server = listen(0);
        }

        private Server listen(int port) throws SQLException {
            return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists",
                    "-baseDir", files.toString()).start();
        }

        @Override
        public Map<String, Object> serviceProperties() {
            return Map.of("micronaut.server.port", -1,
                    "datasources.default.url", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/switchboard");
        }

        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void start() {
            try {
                server = listen(server.getPort());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean keepsData() {
            return true;
        }

        @Override
        public void close() {
            if (server.isRunning(false)) {
                server.stop();
            }
        }
    }

    /** mongo-java-server: its restart is empty. */
    private static final class InMemoryMongo implements DatabaseServer {

        private MongoServer server = listen(0);
        private final int port = server.getLocalAddress().getPort();

        /** A warm-up ping first, so that a busy test JVM answers the service's own ping at start in time. */
        private static MongoServer listen(int port) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", port);
            try (MongoClient warmUp = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()
                    + "/?serverSelectionTimeoutMS=30000")) {
                warmUp.getDatabase("switchboard").runCommand(new Document("ping", 1));
            }
            return server;
        }

        @Override
        public Map<String, Object> serviceProperties() {
            return Map.of("micronaut.server.port", -1, "switchboard.storage", "mongo",
                    "switchboard.mongo.uri", "mongodb://127.0.0.1:" + port + "/switchboard");
        }

        @Override
        public void stop() {
            server.shutdownNow();
        }

        @Override
        public void start() {
            server = listen(port);
        }

        @Override
        public boolean keepsData() {
            return false;
        }

        @Override
        public void close() {
            server.shutdownNow();
        }
    }
}
