package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static dev.switchboard.adapter.rest.security.LoginThrottlingTest.assertThrottled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Failed logins per client address: trying a new user name for every guess does not help, nor does an
 * X-Forwarded-For of the guesser's choosing while no proxy is trusted.
 */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-failures-per-user", value = "1000")
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "3")
class AddressThrottlingTest {

    /** What an authenticated read of an unknown interaction answers: past authentication. */
    private static final int NO_SUCH_RECORD = 404;

    @Inject
    EmbeddedServer server;

    @Inject
    CountingPasswordVerifier verifier;

    @Test
    void anAddressThatKeepsFailingWaitsWhateverUserNameOrForwardedForItSends() {
        VoiceApi api = new VoiceApi(server);
        assertThat(read(api, READER, "198.51.100.1").status()).as("verified before the guessing").isEqualTo(NO_SUCH_RECORD);
        for (int i = 1; i <= 3; i++) {
            assertThat(read(api, new User("user" + i, "guess"), "198.51.100." + i).status()).isEqualTo(401);
        }
        int checksBefore = verifier.checks();

        assertThrottled(read(api, new User("user4", "guess"), "198.51.100.4"));
        assertThat(verifier.checks()).isEqualTo(checksBefore);
        assertThat(read(api, READER, "198.51.100.5").status()).as("the verified client from that address")
                .isEqualTo(NO_SUCH_RECORD);
    }

    private static Response read(VoiceApi api, User user, String forwardedFor) {
        return api.call().get(V1 + "/" + "0".repeat(32)).as(user).header("X-Forwarded-For", forwardedFor).send();
    }
}
