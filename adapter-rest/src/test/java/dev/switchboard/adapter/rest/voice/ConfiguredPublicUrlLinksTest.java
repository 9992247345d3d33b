package dev.switchboard.adapter.rest.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A configured public URL (path prefix included) is the base of every link, even behind a trusted proxy. */
@MicronautTest
@Property(name = "switchboard.public-url", value = "https://switchboard.example/voice/")
@Property(name = "switchboard.trust-forwarded-headers", value = "true")
class ConfiguredPublicUrlLinksTest {

    private static final String PUBLISHED = "https://switchboard.example/voice/api/now/v1/cs/voice-interactions/";

    @Inject
    EmbeddedServer server;

    PublishedLinks links;

    @BeforeEach
    void setUp() {
        links = new PublishedLinks(new VoiceApi(server));
    }

    @Test
    void linksUseTheConfiguredUrlWhateverTheHostHeaderSays() {
        assertThat(links.withHostHeader("evil.example")).allSatisfy(url -> assertThat(url).startsWith(PUBLISHED));
    }

    @Test
    void theConfiguredUrlWinsOverForwardedHeaders() {
        assertThat(links.withHeaders("X-Forwarded-Host", "proxy.example", "X-Forwarded-Proto", "http"))
                .allSatisfy(url -> assertThat(url).startsWith(PUBLISHED));
    }
}
