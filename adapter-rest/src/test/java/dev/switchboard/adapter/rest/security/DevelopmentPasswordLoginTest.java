package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The development password against the shipped hash is accepted without a PBKDF2 run (its answer is known: the
 * shipped hash is of "admin", which {@link DevelopmentPasswordWarningTest} checks with the real PBKDF2), so the first
 * request after a start does not pay for one. Everything else still gets the real check.
 */
class DevelopmentPasswordLoginTest {

    private final List<String> checked = new ArrayList<>();
    private final PasswordVerifier counting = (hash, password) -> {
        checked.add(password);
        return hash.matches(password);
    };

    @Test
    void theDevelopmentPasswordAgainstTheShippedHashRunsNoCheck() {
        Logins logins = logins(user("admin", DevelopmentPasswordWarning.SHIPPED_HASH));

        assertThat(logins.login(new BasicCredentials("admin", "admin"), "127.0.0.1")).isPresent();
        assertThat(checked).isEmpty();
    }

    @Test
    void anyOtherPasswordAgainstTheShippedHashIsCheckedAndRefused() {
        Logins logins = logins(user("admin", DevelopmentPasswordWarning.SHIPPED_HASH));

        assertThat(logins.login(new BasicCredentials("admin", "Admin"), "127.0.0.1")).isEmpty();
        assertThat(logins.login(new BasicCredentials("admin", "admin "), "127.0.0.1")).isEmpty();
        assertThat(checked).containsExactly("Admin", "admin ");
    }

    @Test
    void aFreshHashOfTheDevelopmentPasswordIsCheckedOnItsFirstUse() {
        Logins logins = logins(user("admin", PasswordHash.create("admin", 1000).encoded()));

        assertThat(logins.login(new BasicCredentials("admin", "admin"), "127.0.0.1")).isPresent();
        assertThat(logins.login(new BasicCredentials("admin", "admin"), "127.0.0.1")).isPresent();
        assertThat(checked).as("once, then remembered").containsExactly("admin");
    }

    private Logins logins(ConfiguredUser user) {
        LoginThrottleSettings settings = new LoginThrottleSettings(5, 20, Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofMinutes(15), 0, Duration.ofSeconds(1));
        return new Logins(List.of(user), settings, counting, Clock.systemUTC());
    }

    private static ConfiguredUser user(String name, String passwordHash) {
        return new ConfiguredUser(name, passwordHash, List.of(Roles.ADMIN));
    }
}
