package dev.switchboard.adapter.rest.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code switchboard.public-url}, links point at the server's own address, whatever the client writes into
 * {@code Host}, {@code X-Forwarded-*} or {@code Forwarded} (a page served through a cache would otherwise hand
 * other clients links to a host of an attacker's choosing).
 */
@MicronautTest
class ServerAddressLinksTest {

    @Inject
    EmbeddedServer server;

    PublishedLinks links;
    String origin;

    @BeforeEach
    void setUp() {
        links = new PublishedLinks(new VoiceApi(server));
        origin = server.getURL().toString().replaceAll("/$", "");
    }

    @Test
    void aForeignHostHeaderIsNotReflected() {
        assertThat(links.withHostHeader("evil.example")).allSatisfy(url -> assertThat(url).startsWith(origin + "/api/"));
    }

    @Test
    void forwardedHeadersAreIgnoredUntilTheProxyIsTrusted() {
        assertThat(links.withHeaders("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Port", "8443", "Forwarded", "host=evil.example;proto=https"))
                .allSatisfy(url -> assertThat(url).startsWith(origin + "/api/"));
    }
}
