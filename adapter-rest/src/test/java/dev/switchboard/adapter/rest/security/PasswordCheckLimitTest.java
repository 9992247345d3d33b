package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A flood of parallel wrong guesses runs at most max-concurrent-checks password checks at once. */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.security.login-throttle.max-concurrent-checks", value = "2")
@Property(name = "switchboard.security.login-throttle.check-wait", value = "30s")
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "1000")
class PasswordCheckLimitTest extends CountedLogins {

    private static final int GUESSES = 12;

    @Test
    void parallelGuessesNeverRunMoreChecksAtOnceThanTheLimit() throws Exception {
        verifier.close();
        List<CompletableFuture<Response>> guesses = IntStream.range(0, GUESSES)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> read(new User("guesser" + i, "guess"))))
                .toList();
        awaitRunningChecks(verifier, 2);
        Thread.sleep(300); // time for a third check to start, were the limit not kept

        int runningWhileHeld = verifier.running();
        verifier.open();

        assertThat(guesses).allSatisfy(guess -> assertThat(guess.get().status()).isEqualTo(401));
        assertThat(runningWhileHeld).isEqualTo(2);
        assertThat(verifier.peak()).as("checks at once, of " + GUESSES + " parallel guesses").isEqualTo(2);
        assertThat(verifier.checks()).isEqualTo(GUESSES);
    }

    static void awaitRunningChecks(CountingPasswordVerifier verifier, int count) throws InterruptedException {
        for (int i = 0; i < 300 && verifier.running() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(verifier.running()).as("checks started").isEqualTo(count);
    }
}
