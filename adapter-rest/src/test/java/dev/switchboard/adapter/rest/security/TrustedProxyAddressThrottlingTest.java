package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy, failed logins count against the address the proxy reports, one client at a time. */
@MicronautTest(environments = CountingPasswordVerifier.ENVIRONMENT)
@Property(name = "switchboard.trust-forwarded-headers", value = "true")
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "2")
class TrustedProxyAddressThrottlingTest extends CountedLogins {

    @Test
    void eachForwardedClientAddressIsThrottledOnItsOwn() {
        assertThat(readForwardedFor(new User("a", "guess"), "203.0.113.1").status()).isEqualTo(401);
        assertThat(readForwardedFor(new User("b", "guess"), "203.0.113.1").status()).isEqualTo(401);

        assertThrottled(readForwardedFor(new User("c", "guess"), "203.0.113.1"));
        assertThat(readForwardedFor(new User("d", "guess"), "203.0.113.2").status()).as("another client behind the proxy")
                .isEqualTo(401);
    }
}
