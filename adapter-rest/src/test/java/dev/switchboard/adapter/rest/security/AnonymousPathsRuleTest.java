package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousPathsRuleTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /health, true",
        "GET, /health/liveness, true",
        "GET, /health/readiness, true",
        "GET, /health/db, false",
        "HEAD, /swagger/switchboard-voice-interaction-api-v1.yml, true",
        "GET, /swagger-ui/index.html, true",
        "POST, /health, false",
        "GET, /healthz, false",
        "GET, /swagger-ui/../api/now/cs/voice-interactions/x, false",
        "GET, /api/now/cs/voice-interactions/x, false",
    })
    void onlyReadsOfHealthAndDocumentationAreAnonymous(String method, String path, boolean anonymous) {
        HttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(method), path);

        assertThat(AnonymousPathsRule.isAnonymousRead(request)).isEqualTo(anonymous);
    }
}
