package dev.switchboard.adapter.rest.security;

import static dev.switchboard.adapter.rest.HttpCall.ADMIN;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * Failed logins per user name: after the allowance a guess is refused with 429 and Retry-After before any password
 * check runs, while a client whose password was already verified goes on being served. (Each test uses a user name
 * of its own: the throttle remembers across the tests of this server. Together they stay below the default
 * allowance of 20 failures per address.)
 */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-failures-per-user", value = "3")
class LoginThrottlingTest extends CountedLogins {

    @Test
    void afterTheAllowanceAGuessIs429WithRetryAfterAndRunsNoPasswordCheck() {
        User guess = new User(READER.username(), "guess");
        for (int i = 1; i <= 3; i++) {
            assertThat(read(guess).status()).as("guess " + i).isEqualTo(401);
        }
        int checksBefore = verifier.checks();

        assertThrottled(read(guess));
        assertThrottled(read(READER)); // right, but not verified yet: no exception for it
        assertThat(verifier.checks()).as("no password check for a throttled login").isEqualTo(checksBefore);
    }

    @Test
    void aClientWhosePasswordWasVerifiedIsServedWhileItsUserNameIsThrottled() {
        assertThat(read(ADMIN).status()).as("verified before the guessing").isEqualTo(LOGGED_IN);
        User guess = new User(ADMIN.username(), "guess");
        for (int i = 1; i <= 3; i++) {
            read(guess);
        }
        assertThrottled(read(guess));
        int checksBefore = verifier.checks();

        assertThat(read(ADMIN).status()).isEqualTo(LOGGED_IN);
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
}
