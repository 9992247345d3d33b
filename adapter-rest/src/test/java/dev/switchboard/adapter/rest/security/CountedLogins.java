package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

/**
 * What the login tests share: the server under test, whose password checks {@link CountingPasswordVerifier} counts
 * (subclasses run in its environment), and a request that needs nothing but a login.
 */
abstract class CountedLogins {

    /** What {@link #read} answers once past the login: the interaction it asks for does not exist. */
    static final int LOGGED_IN = 404;

    @Inject
    EmbeddedServer server;

    @Inject
    CountingPasswordVerifier verifier;

    /** Reads an unknown interaction as {@code user}: 401 for wrong credentials, {@link #LOGGED_IN} for right ones. */
    Response read(User user) {
        return request(user).send();
    }

    /** The same, with an {@code X-Forwarded-For} of the client's choosing. */
    Response readForwardedFor(User user, String forwardedFor) {
        return request(user).header("X-Forwarded-For", forwardedFor).send();
    }

    private HttpCall request(User user) {
        return HttpCall.to(server.getURL()).get(V1 + "/" + "0".repeat(32)).as(user);
    }

    static void assertThrottled(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(response.errorMessage()).isEqualTo("Too many failed logins");
        assertThat(response.json().at("/error/detail").asText()).startsWith("Retry after ");
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
