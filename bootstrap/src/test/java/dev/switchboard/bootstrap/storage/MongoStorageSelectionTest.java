package dev.switchboard.bootstrap.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code switchboard.storage=mongo} is all it takes to run the whole service on MongoDB: no JDBC data source is
 * opened (so no H2 file appears and Flyway migrates nothing), and the REST API works on the Mongo adapter. A storage
 * Switchboard does not have stops the start.
 */
class MongoStorageSelectionTest {

    private static final String API = "/api/now/v1/cs/voice-interactions";

    private static MongoServer mongo;

    @TempDir
    Path jdbcDirectory;

    @BeforeAll
    static void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void theServiceRunsOnMongoAndOpensNoJdbcDataSource() throws IOException, InterruptedException {
        InetSocketAddress address = mongo.getLocalAddress();
        // Were a data source opened, H2 would create its file here: the shipped default points at ./data.
        String h2File = "jdbc:h2:file:" + jdbcDirectory.resolve("switchboard").toAbsolutePath();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", h2File,
                "switchboard.storage", "mongo",
                "switchboard.mongo.uri", "mongodb://127.0.0.1:" + address.getPort() + "/switchboard"))) {

            assertThat(server.getApplicationContext().getBeansOfType(DataSource.class)).isEmpty();
            assertThat(server.getApplicationContext().getBean(UnitOfWork.class).getClass().getSimpleName())
                    .isEqualTo("MongoUnitOfWork");

            HttpResponse<String> started = send(server, "POST", API,
                    "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\"}");
            assertThat(started.statusCode()).isEqualTo(200);
            String id = field(started.body(), "interactionId");
            HttpResponse<String> added = send(server, "POST", API + "/" + id + "/messages", "[{\"id\":\"m-1\","
                    + "\"participantId\":\"AGENT\",\"content\":\"This is John. How can I help you?\","
                    + "\"beginOffsetMillis\":10000,\"endOffsetMillis\":15000,\"sentiment\":\"NEUTRAL\"}]");
            assertThat(added.statusCode()).isEqualTo(200);
            HttpResponse<String> messages = send(server, "GET", API + "/" + id + "/messages", null);
            assertThat(messages.headers().firstValue("X-Total-Count")).contains("1");
            assertThat(messages.body()).contains("This is John. How can I help you?");
            assertThat(send(server, "GET", "/health", null).body()).contains("UP");
        }

        try (Stream<Path> files = Files.list(jdbcDirectory)) {
            assertThat(files).as("files an H2 data source would have created").isEmpty();
        }
    }

    @Test
    void anUnknownStorageStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("switchboard.storage", "cassandra")).close())
                .hasMessageContaining("switchboard.storage (SWITCHBOARD_STORAGE) is 'cassandra'; expected one of [jdbc, mongo]");
    }

    private static HttpResponse<String> send(EmbeddedServer server, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("field %s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
