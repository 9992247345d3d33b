package dev.switchboard.adapter.rest.security;

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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** While every password check is taken, a new login waits briefly, then gets a 503; verified clients are served. */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-concurrent-checks", value = "1")
@Property(name = "switchboard.security.login-throttle.check-wait", value = "200ms")
class PasswordCheckBusyTest {

    @Inject
    EmbeddedServer server;

    @Inject
    CountingPasswordVerifier verifier;

    @Test
    void aLoginThatFindsNoFreeCheckIs503WithRetryAfterAndVerifiedClientsGoOn() throws Exception {
        VoiceApi api = new VoiceApi(server);
        assertThat(read(api, READER).status()).as("verified before the slot is taken").isEqualTo(404);
        verifier.close();
        CompletableFuture<Response> holder = CompletableFuture.supplyAsync(() -> read(api, new User("holder", "x")));
        for (int i = 0; i < 300 && verifier.running() < 1; i++) {
            Thread.sleep(10);
        }

        Response busy = read(api, new User("latecomer", "x"));
        Response verified = read(api, READER);
        verifier.open();

        assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.errorMessage()).isEqualTo("Too many logins at once");
        assertThat(verified.status()).as("from the verified credentials, no check needed").isEqualTo(404);
        assertThat(holder.get().status()).isEqualTo(401);
    }

    private static Response read(VoiceApi api, User user) {
        return api.call().get(V1 + "/" + "0".repeat(32)).as(user).send();
    }
}
