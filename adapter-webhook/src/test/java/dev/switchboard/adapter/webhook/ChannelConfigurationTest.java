package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.domain.bot.SessionKey;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings as operators write them, bound by Micronaut; a wrong async channel stops the start. */
class ChannelConfigurationTest {

    private static final String CHANNEL = "switchboard.bot.channels.async-test.";
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theBeanExistsWithoutAnyChannel() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            assertThat(context.getBean(BotReplies.class)).isInstanceOf(WebhookBotReplies.class);
            WebhookSettings settings = context.getBean(WebhookSettings.class);
            assertThat(settings.threads()).isEqualTo(4);
            assertThat(settings.retryDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5));
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
            assertThat(settings.maxPending()).isEqualTo(10_000);
            assertThat(settings.allowedHosts()).isEmpty();
        }
    }

    @Test
    void anAsyncChannelIsReadWithItsWebhookSettingsAndTheRestAdaptersKeysAreIgnored() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                CHANNEL + "token", "T2",
                CHANNEL + "mode", "async",
                CHANNEL + "response-url", "http://127.0.0.1:18099/callback",
                CHANNEL + "signing-secret", SECRET,
                "switchboard.bot.channels.sync-test.token", "T1",
                "switchboard.bot.channels.sync-test.mode", "sync",
                "switchboard.webhook.allowed-hosts", List.of("127.0.0.1"),
                "switchboard.webhook.retry-delays", List.of("2s", "10s"),
                "switchboard.webhook.threads", 2))) {
            assertThat(context.getBeansOfType(WebhookChannel.class)).extracting(WebhookChannel::name)
                    .containsExactlyInAnyOrder("async-test", "sync-test");
            WebhookSettings settings = context.getBean(WebhookSettings.class);
            assertThat(settings.retryDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(10));
            assertThat(settings.threads()).isEqualTo(2);

            BotReplies replies = context.getBean(BotReplies.class);
            assertThatThrownBy(() -> replies.deliver(SessionKey.of("sync-test", "x", "user-1"),
                    Replies.reply("r-1", "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sync-test has no response-url");
        }
    }

    @Test
    void anAsyncChannelWithoutResponseUrlStopsTheStart() {
        assertThat(startFailure(Map.of(CHANNEL + "mode", "async", CHANNEL + "signing-secret", SECRET)))
                .contains(CHANNEL + "response-url is required for an async channel");
    }

    @Test
    void aResponseUrlThatIsNotHttpStopsTheStart() {
        assertThat(startFailure(Map.of(CHANNEL + "mode", "async", CHANNEL + "signing-secret", SECRET,
                CHANNEL + "response-url", "ftp://hooks.example.com/in")))
                .contains(CHANNEL + "response-url must be an http:// or https:// URL");
    }

    @Test
    void aSigningSecretThatIsNotWhsecBase64StopsTheStartWithoutShowingIt() {
        String failure = startFailure(Map.of(CHANNEL + "mode", "async", CHANNEL + "signing-secret", "hunter2-secret",
                CHANNEL + "response-url", "https://hooks.example.com/in"));

        assertThat(failure).contains(CHANNEL + "signing-secret must be whsec_").doesNotContain("hunter2");
        assertThat(startFailure(Map.of(CHANNEL + "mode", "async", CHANNEL + "signing-secret", "whsec_not*base64",
                CHANNEL + "response-url", "https://hooks.example.com/in")))
                .contains(CHANNEL + "signing-secret").contains("not base64").doesNotContain("not*base64");
    }

    @Test
    void aLoopbackResponseUrlStopsTheStartUnlessAllowListed() {
        Map<String, Object> properties = new HashMap<>(Map.of(CHANNEL + "mode", "async",
                CHANNEL + "signing-secret", SECRET, CHANNEL + "response-url", "http://localhost:18099/callback"));

        assertThat(startFailure(properties)).contains(CHANNEL + "response-url is refused")
                .contains("a loopback address");

        properties.put("switchboard.webhook.allowed-hosts", List.of("localhost"));
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertThat(context.getBean(BotReplies.class)).isNotNull();
        }
    }

    @Test
    void aSyncChannelNeedsNeitherUrlNorSecret() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(CHANNEL + "mode", "sync",
                CHANNEL + "token", "T1"))) {
            assertThat(context.getBean(BotReplies.class)).isNotNull();
        }
    }

    private static String startFailure(Map<String, Object> properties) {
        Throwable failure = catchThrowable(() -> ApplicationContext.run(properties).close());
        assertThat(failure).as("the start fails").isNotNull();
        // Micronaut wraps the ConfigurationException in the bean-creation failure; its message names both.
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
