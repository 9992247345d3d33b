package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.READER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * Failed logins per client address: trying a new user name for every guess does not help, nor does an
 * X-Forwarded-For of the guesser's choosing while no proxy is trusted.
 */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "3")
class AddressThrottlingTest extends CountedLogins {

    @Test
    void anAddressThatKeepsFailingWaitsWhateverUserNameOrForwardedForItSends() {
        assertThat(readForwardedFor(READER, "198.51.100.1").status()).as("verified first").isEqualTo(LOGGED_IN);
        for (int i = 1; i <= 3; i++) {
            assertThat(readForwardedFor(new User("user" + i, "guess"), "198.51.100." + i).status()).isEqualTo(401);
        }
        int checksBefore = verifier.checks();

        assertThrottled(readForwardedFor(new User("user4", "guess"), "198.51.100.4"));
        assertThat(verifier.checks()).isEqualTo(checksBefore);
        assertThat(readForwardedFor(READER, "198.51.100.5").status()).as("the verified client from that address")
                .isEqualTo(LOGGED_IN);
    }
}
