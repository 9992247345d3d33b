package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.MESSAGES;
import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the service acknowledged before a restart is there after it, on the embedded file database. */
class RestartDurabilityTest {

    private static final String API = "/api/now/cs/voice-interactions";

    @TempDir
    Path dataDirectory;

    @Test
    void acknowledgedDataSurvivesARestart() {
        String id;
        try (EmbeddedServer first = start()) {
            Http http = new Http(first.getURI(), "admin", "admin");
            id = field(http.send("POST", API, body(START)).body(), "interactionId");
            assertThat(http.send("POST", API + "/" + id + "/messages", body(MESSAGES)).statusCode()).isEqualTo(200);
        }

        try (EmbeddedServer second = start()) {
            Http http = new Http(second.getURI(), "admin", "admin");
            HttpResponse<String> interaction = http.get(API + "/" + id);
            HttpResponse<String> messages = http.get(API + "/" + id + "/messages");

            assertThat(interaction.statusCode()).isEqualTo(200);
            assertThat(field(interaction.body(), "state")).isEqualTo("work_in_progress");
            assertThat(messages.headers().firstValue("X-Total-Count")).contains("5");
        }
    }

    /** The service as it ships (file-mode H2, migrated by Flyway on start), on a random port. */
    private EmbeddedServer start() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("switchboard").toAbsolutePath()
                + ";WRITE_DELAY=1000;RETENTION_TIME=1000";
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", url));
    }
}
