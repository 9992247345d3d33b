package dev.switchboard.adapter.rest.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An operator who trusts the proxy and configures no public URL gets links on the address the proxy reports. */
@MicronautTest
@Property(name = "switchboard.trust-forwarded-headers", value = "true")
class TrustedProxyLinksTest {

    @Inject
    EmbeddedServer server;

    @Test
    void linksFollowTheTrustedProxysForwardedHeaders() {
        PublishedLinks links = new PublishedLinks(new VoiceApi(server));

        assertThat(links.withHeaders("X-Forwarded-Host", "proxy.example", "X-Forwarded-Proto", "https"))
                .allSatisfy(url -> assertThat(url).startsWith("https://proxy.example/api/now/v1/"));
    }
}
