package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.adapter.webhook.delivery.Outcome;
import dev.switchboard.adapter.webhook.destination.Resolver;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The SSRF guard at start (configured URLs) and again at each delivery (after a fresh look-up). */
class GuardedDeliveryTest {

    private static final Duration GRACE = Duration.ofSeconds(1);

    @Test
    void aLoopbackResponseUrlStopsTheStartUnlessAllowListed() throws Exception {
        try (Receiver receiver = Receiver.ok()) {
            Throwable failure = catchThrowable(() -> Replies.to(receiver, new RecordingListener(),
                    Replies.settings(List.of(), 10, GRACE)));

            assertThat(failure).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("switchboard.bot.channels.async-test.response-url")
                    .hasMessageContaining("127.0.0.1, a loopback address")
                    .hasMessageContaining("switchboard.webhook.allowed-hosts");
        }
    }

    @Test
    void anAllowListedLoopbackReceiverGetsItsReplies() throws Exception {
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener(),
                     Replies.settings(List.of("127.0.0.1"), 10, GRACE))) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            assertThat(receiver.next().signedCorrectly()).isTrue();
        }
    }

    @Test
    void aHostThatNowResolvesInsideTheNetworkIsRefusedAtDeliveryAndNotRetried() throws Exception {
        // Public when the service starts, loopback when the reply is sent (DNS rebinding).
        AtomicReference<String> address = new AtomicReference<>("203.0.113.7");
        Resolver dns = host -> host.equals("hooks.example.com")
                ? new InetAddress[] {InetAddress.getByName(address.get())}
                : InetAddress.getAllByName(host);
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(
                     "http://hooks.example.com:" + receiver.url().getPort() + "/callback", receiver.secret(),
                     listener, Replies.settings(List.of(), 10, GRACE), dns)) {
            address.set("127.0.0.1");
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            RecordingListener.Settled settled = listener.nextSettled();
            assertThat(settled.last()).isInstanceOf(Outcome.Refused.class);
            assertThat(settled.last().describe())
                    .contains("hooks.example.com resolves to 127.0.0.1, a loopback address");
            assertThat(settled.attempts()).isEqualTo(1);
            assertThat(receiver.all()).isEmpty();
        }
    }

    @Test
    void aHostThatDoesNotResolveAtStartOnlyWarns() {
        Resolver noDns = host -> {
            throw new UnknownHostException(host);
        };
        try (WebhookBotReplies replies = Replies.to("https://not-yet.example.com/hook", "whsec_c2VjcmV0",
                new RecordingListener(), Replies.settings(List.of(), 10, GRACE), noDns)) {
            assertThat(replies).isNotNull();
        }
    }
}
