package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers every response carries, successes and every kind of error alike, and Swagger UI's own policy. */
@MicronautTest
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;

    @Test
    void everyApiResponseIsNosniffUncachedAndNeverFramed() {
        VoiceApi api = new VoiceApi(server);
        String id = api.start();
        Map<String, Function<HttpCall, HttpCall>> requests = new LinkedHashMap<>();
        requests.put("200 read", call -> call.get(V1 + "/" + id).as(READER));
        requests.put("200 write", call -> call.post(V1).as(INTEGRATION).json(VoiceApi.startBody("headers")));
        requests.put("200 health", call -> call.get("/health"));
        requests.put("400 bad body", call -> call.post(V1).as(INTEGRATION).json("{"));
        requests.put("401 no credentials", call -> call.get(V1 + "/" + id));
        requests.put("401 wrong password", call -> call.get(V1 + "/" + id).as(new HttpCall.User("reader", "nope")));
        requests.put("403 no role", call -> call.get(V1 + "/" + id).as(INTEGRATION));
        requests.put("404 no route", call -> call.get("/no/such/path"));
        requests.put("404 no record", call -> call.get(V1 + "/" + "0".repeat(32)).as(READER));
        requests.put("405 wrong method", call -> call.method("DELETE", V1 + "/" + id).as(READER));
        requests.put("500 fault", call -> call.get("/test-only/fault"));

        requests.forEach((what, request) -> {
            Response response = request.apply(api.call()).send();

            assertThat(response.status()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).as(what).isEqualTo("no-store");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(what)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        });
    }

    @Test
    void swaggerUiAllowsItsOwnInlineScriptByHashAndNothingElseInline() throws Exception {
        Response page = HttpCall.to(server.getURL()).get("/swagger-ui/index.html").send();

        String policy = page.header("Content-Security-Policy");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(policy).contains("default-src 'none'").contains("frame-ancestors 'none'")
                .contains("connect-src 'self'").contains("img-src 'self' data:");
        String scriptSources = directive(policy, "script-src");
        assertThat(scriptSources).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(inline.find()).as("the generated page bootstraps Swagger UI inline").isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(scriptSources).isEqualTo("'self' 'sha256-" + hash + "'");
    }

    @Test
    void everythingSwaggerUiLoadsComesFromThisOrigin() {
        VoiceApi api = new VoiceApi(server);
        Response page = api.call().get("/swagger-ui/index.html").send();
        Matcher loaded = Pattern.compile("contextPath \\+ [\"'](/[^\"']+)[\"']").matcher(page.body());

        int resources = 0;
        while (loaded.find()) {
            Response resource = api.call().get(loaded.group(1)).send();
            assertThat(resource.status()).as(loaded.group(1)).isEqualTo(200);
            assertThat(resource.header("X-Content-Type-Options")).isEqualTo("nosniff");
            resources++;
        }
        assertThat(resources).as("stylesheet, icons, two scripts and the spec").isGreaterThanOrEqualTo(5);
        assertThat(page.body()).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theOpenApiFileIsDataAndMayBeCached() {
        Response spec = HttpCall.to(server.getURL()).get("/swagger/switchboard-voice-interaction-api-v1.yml").send();

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(spec.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(spec.header("Cache-Control")).isNotEqualTo("no-store");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
