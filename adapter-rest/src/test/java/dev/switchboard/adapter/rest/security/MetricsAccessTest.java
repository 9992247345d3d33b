package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.ADMIN;
import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The meters, enabled as the shipped configuration enables them (sensitive): only the admin role may read them;
 * anonymous callers are challenged and other users refused, and health stays anonymous beside them.
 */
@MicronautTest
@Property(name = "endpoints.metrics.enabled", value = "true")
@Property(name = "endpoints.metrics.sensitive", value = "true")
@Property(name = "endpoints.prometheus.enabled", value = "true")
@Property(name = "endpoints.prometheus.sensitive", value = "true")
class MetricsAccessTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/metrics", "/prometheus"})
    void anonymousCallersAreChallenged(String path) {
        Response response = HttpCall.to(server.getURL()).get(path).send();

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Switchboard\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/metrics", "/prometheus"})
    void usersWithoutTheAdminRoleAreRefused(String path) {
        for (HttpCall.User user : new HttpCall.User[] {INTEGRATION, READER}) {
            Response response = HttpCall.to(server.getURL()).get(path).as(user).send();

            assertThat(response.status()).as(user.username() + ": " + response.body()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/metrics", "/prometheus"})
    void theAdminReadsThem(String path) {
        Response response = HttpCall.to(server.getURL()).get(path).as(ADMIN).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("jvm");
    }
}
