package dev.switchboard.adapter.rest.security;

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

/** Behind a trusted proxy, failed logins count against the address the proxy reports, one client at a time. */
@MicronautTest
@Property(name = "switchboard.trust-forwarded-headers", value = "true")
@Property(name = "switchboard.security.login-throttle.max-failures-per-user", value = "1000")
@Property(name = "switchboard.security.login-throttle.max-failures-per-address", value = "2")
class TrustedProxyAddressThrottlingTest {

    @Inject
    EmbeddedServer server;

    @Test
    void eachForwardedClientAddressIsThrottledOnItsOwn() {
        VoiceApi api = new VoiceApi(server);
        assertThat(guess(api, "a", "203.0.113.1").status()).isEqualTo(401);
        assertThat(guess(api, "b", "203.0.113.1").status()).isEqualTo(401);

        assertThrottled(guess(api, "c", "203.0.113.1"));
        assertThat(guess(api, "d", "203.0.113.2").status()).as("another client behind the proxy").isEqualTo(401);
    }

    private static Response guess(VoiceApi api, String username, String forwardedFor) {
        return api.call().get(V1 + "/" + "0".repeat(32)).as(new User(username, "guess"))
                .header("X-Forwarded-For", forwardedFor).send();
    }
}
