package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the shipped configuration exposes besides the API: health and its two probes, status only, to anyone; the
 * meters to the admin only (who else may not is AdminOnlySensitiveEndpointsRule's test in adapter-rest); no other
 * management endpoint exists, for the admin either (they answered the admin with a 500 before), and no health detail
 * names an internal class.
 */
@MicronautTest(environments = "e2e", transactional = false)
class ManagementEndpointsTest {

    private static final List<String> ABSENT = List.of("/beans", "/routes", "/info", "/threaddump", "/flyway", "/env",
            "/loggers", "/caches", "/refresh", "/stop", "/health/db", "/health/diskSpace", "/health/jdbc",
            "/health/LIVENESS");

    @Inject
    EmbeddedServer server;

    static Stream<Arguments> absentEndpoints() {
        return Stream.of("admin", "anonymous").flatMap(who -> Stream.of("GET", "POST")
                .flatMap(method -> ABSENT.stream().map(path -> Arguments.of(who, method, path))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("absentEndpoints")
    void everyOtherManagementEndpointIsA404InTheEnvelope(String who, String method, String path) {
        HttpResponse<String> response = client(who).send(method, path, method.equals("POST") ? "{}" : null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Page Not Found\",\"detail\":\"" + method + " "
                + path + "\"},\"status\":\"failure\"}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "anonymous"})
    void healthAndItsProbesAnswerTheStatusOnly(String who) {
        for (String path : List.of("/health", "/health/liveness", "/health/readiness")) {
            HttpResponse<String> response = client(who).get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    /** The Prometheus endpoint answers in its text format, which a scraper asks for (and JSON callers get a 406). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/metrics", "/prometheus", "/metrics/switchboard.webhook.queue.depth"})
    void theMetersAreForTheAdminOnly(String path) {
        String accept = path.equals("/prometheus") ? "text/plain" : "application/json";
        HttpResponse<String> anonymous = client("anonymous").send("GET", path, null, accept);
        HttpResponse<String> admin = client("admin").send("GET", path, null, accept);

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    }

    @Test
    void prometheusScrapesTheWebhookDispatchersMeters() {
        HttpResponse<String> response = client("admin").send("GET", "/prometheus", null, "text/plain");

        assertThat(response.body()).contains("switchboard_webhook_queue_depth", "jvm_memory_used_bytes");
    }

    private Http client(String who) {
        return who.equals("admin") ? new Http(server.getURI(), "admin", "admin") : Http.anonymous(server.getURI());
    }
}
