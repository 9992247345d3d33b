package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.READER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** While every password check is taken, a new login waits briefly, then gets a 503; verified clients are served. */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-concurrent-checks", value = "1")
@Property(name = "switchboard.security.login-throttle.check-wait", value = "200ms")
class PasswordCheckBusyTest extends CountedLogins {

    @Test
    void aLoginThatFindsNoFreeCheckIs503WithRetryAfterAndVerifiedClientsGoOn() throws Exception {
        assertThat(read(READER).status()).as("verified before the slot is taken").isEqualTo(LOGGED_IN);
        verifier.close();
        CompletableFuture<Response> holder = CompletableFuture.supplyAsync(() -> read(new User("holder", "x")));
        PasswordCheckLimitTest.awaitRunningChecks(verifier, 1);

        Response busy = read(new User("latecomer", "x"));
        Response verified = read(READER);
        verifier.open();

        assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.errorMessage()).isEqualTo("Too many logins at once");
        assertThat(verified.status()).as("from the verified credentials, no check needed").isEqualTo(LOGGED_IN);
        assertThat(holder.get().status()).isEqualTo(401);
    }
}
