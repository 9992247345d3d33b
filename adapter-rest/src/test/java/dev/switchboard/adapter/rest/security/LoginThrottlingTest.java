package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins per user name: after the allowance a guess is refused with 429 and Retry-After before any password
 * check runs, while a client whose password was already verified goes on being served. (Each test uses a user name
 * of its own: the throttle remembers across the tests of this server.)
 */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-failures-per-user", value = "3")
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "1000")
class LoginThrottlingTest {

    @Inject
    EmbeddedServer server;

    @Inject
    CountingPasswordVerifier verifier;

    VoiceApi api;

    @BeforeEach
    void setUp() {
        api = new VoiceApi(server);
    }

    @Test
    void afterTheAllowanceAGuessIs429WithRetryAfterAndRunsNoPasswordCheck() {
        User guess = new User(READER.username(), "guess");
        for (int i = 1; i <= 3; i++) {
            assertThat(read(guess).status()).as("guess " + i).isEqualTo(401);
        }
        int checksBefore = verifier.checks();

        Response throttled = read(guess);
        Response rightButNotYetVerified = read(READER);

        assertThrottled(throttled);
        assertThrottled(rightButNotYetVerified);
        assertThat(verifier.checks()).as("no password check for a throttled login").isEqualTo(checksBefore);
    }

    @Test
    void aClientWhosePasswordWasVerifiedIsServedWhileItsUserNameIsThrottled() {
        assertThat(api.call().post(V1).as(INTEGRATION).json(VoiceApi.startBody("before")).send().status())
                .isEqualTo(200);
        User guess = new User(INTEGRATION.username(), "guess");
        for (int i = 1; i <= 3; i++) {
            api.call().post(V1).as(guess).json(VoiceApi.startBody("guess")).send();
        }
        assertThrottled(api.call().post(V1).as(guess).json(VoiceApi.startBody("guess")).send());
        int checksBefore = verifier.checks();

        Response served = api.call().post(V1).as(INTEGRATION).json(VoiceApi.startBody("during")).send();

        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(verifier.checks()).as("answered from the verified credentials").isEqualTo(checksBefore);
    }

    @Test
    void unknownUserNamesAreThrottledLikeKnownOnes() {
        User unknown = new User("mallory", "guess");
        for (int i = 1; i <= 3; i++) {
            assertThat(read(unknown).status()).isEqualTo(401);
        }
        int checksBefore = verifier.checks();

        assertThrottled(read(unknown));
        assertThat(verifier.checks()).as("not even the decoy check").isEqualTo(checksBefore);
    }

    private Response read(User user) {
        return api.call().get(V1 + "/" + "0".repeat(32)).as(user).send();
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
