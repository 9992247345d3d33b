package dev.switchboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final SigningSecret FIRST = SigningSecret.generate(new byte[32]);
    private static final SigningSecret SECOND = SigningSecret.generate(filled(2));
    private static final SigningSecret THIRD = SigningSecret.generate(filled(3));

    private final WebhookEndpoint endpoint = WebhookEndpoint.create(new EndpointName("crm"),
            settings("https://crm.example/hooks", EnumSet.of(EventType.INTERACTION_CLOSED)), FIRST,
            WebhookEndpoint.Source.API, NOW);

    @Test
    void aNewEndpointIsEnabledSignsWithItsSecretAndWantsOnlyItsTypes() {
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.version()).isZero();
        assertThat(endpoint.signingSecrets(NOW)).containsExactly(FIRST);
        assertThat(endpoint.wants(EventType.INTERACTION_CLOSED)).isTrue();
        assertThat(endpoint.wants(EventType.INTERACTION_OPENED)).isFalse();
    }

    @Test
    void aRotatedOutSecretSignsBesideTheNewOneUntilTheOverlapEnds() {
        WebhookEndpoint rotated = endpoint.rotate(SECOND, Duration.ofHours(1), NOW);

        assertThat(rotated.currentSecret()).isEqualTo(SECOND);
        assertThat(rotated.signingSecrets(NOW.plusSeconds(3599))).containsExactly(SECOND, FIRST);
        assertThat(rotated.previousSecretValidUntil(NOW)).contains(NOW.plusSeconds(3600));
        assertThat(rotated.signingSecrets(NOW.plusSeconds(3600))).containsExactly(SECOND);
        assertThat(rotated.previousSecretValidUntil(NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aSecondRotationKeepsOverlapsStillRunningAndDropsEndedOnes() {
        WebhookEndpoint twice = endpoint.rotate(SECOND, Duration.ofHours(1), NOW)
                .rotate(THIRD, Duration.ofHours(1), NOW.plusSeconds(60));
        assertThat(twice.signingSecrets(NOW.plusSeconds(60))).containsExactly(THIRD, SECOND, FIRST);

        WebhookEndpoint later = endpoint.rotate(SECOND, Duration.ofHours(1), NOW)
                .rotate(THIRD, Duration.ofHours(1), NOW.plus(Duration.ofHours(2)));
        assertThat(later.snapshot().keys()).extracting(WebhookEndpoint.Key::secret).containsExactly(THIRD, SECOND);
    }

    @Test
    void failuresStartASpanThatDisablesTheEndpointOnceItLastsLongEnough() {
        Duration span = Duration.ofMinutes(10);
        WebhookEndpoint failing = endpoint.failed(NOW, span);
        assertThat(failing.failingSince()).contains(NOW);
        assertThat(failing.failed(NOW.plusSeconds(599), span)).as("inside the span: nothing changes").isSameAs(failing);

        WebhookEndpoint disabled = failing.failed(NOW.plusSeconds(600), span);

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.status().disabledReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("failing since " + NOW));
        assertThat(disabled.wants(EventType.INTERACTION_CLOSED)).isFalse();
    }

    @Test
    void aSuccessEndsTheSpanAndEnablingStartsClean() {
        Duration span = Duration.ofMinutes(10);
        WebhookEndpoint failing = endpoint.failed(NOW, span);
        assertThat(failing.succeeded(NOW.plusSeconds(1)).failingSince()).isEmpty();
        assertThat(endpoint.succeeded(NOW)).as("nothing to end").isSameAs(endpoint);

        WebhookEndpoint again = failing.failed(NOW.plusSeconds(700), span).enable(NOW.plusSeconds(800));
        assertThat(again.enabled()).isTrue();
        assertThat(again.failingSince()).isEmpty();
        assertThat(again.status()).isEqualTo(WebhookEndpoint.Status.ENABLED);
    }

    @Test
    void reconfiguringKeepsSecretsStatusAndVersion() {
        WebhookEndpoint disabled = endpoint.disable("operator", NOW);
        WebhookEndpoint changed = disabled.reconfigure(settings("https://other.example/in",
                EnumSet.of(EventType.TRANSCRIPT_SAVED)), NOW.plusSeconds(5));

        assertThat(changed.url()).isEqualTo(URI.create("https://other.example/in"));
        assertThat(changed.currentSecret()).isEqualTo(FIRST);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(changed.version()).isEqualTo(endpoint.version());
    }

    @Test
    void settingsRefuseWhatCannotBeDeliveredNamingTheField() {
        assertThatThrownBy(() -> WebhookEndpoint.Settings.parseUrl("ftp://crm.example/x", "url"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'url'");
        assertThatThrownBy(() -> WebhookEndpoint.Settings.parseUrl("https://user:pw@crm.example/x", "url"))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> WebhookEndpoint.Settings.parseUrl("https:///nohost", "url"))
                .hasMessageContaining("host");
        assertThatThrownBy(() -> settings("https://crm.example/x", Set.of()))
                .hasMessageContaining("'eventTypes'");
        assertThatThrownBy(() -> settings("https://crm.example/x", Set.of(EventType.BOT_REPLY)))
                .hasMessageContaining("bot.reply");
        assertThatThrownBy(() -> new WebhookEndpoint.Settings(URI.create("https://crm.example"), "x".repeat(1025),
                Set.of(EventType.INTERACTION_OPENED), OutboundAuth.NONE)).hasMessageContaining("'description'");
    }

    @Test
    void namesArePlainAndTheBotChannelsPrefixIsReserved() {
        assertThat(new EndpointName("crm-eu.1_a").value()).isEqualTo("crm-eu.1_a");
        assertThatThrownBy(() -> new EndpointName("CRM")).hasMessageContaining("'name'");
        assertThatThrownBy(() -> new EndpointName("-x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EndpointName("a".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EndpointName("bot-channel-support")).hasMessageContaining("bot channels");
    }

    private static WebhookEndpoint.Settings settings(String url, Set<EventType> types) {
        return new WebhookEndpoint.Settings(URI.create(url), "", types, OutboundAuth.NONE);
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
