package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.webhook.delivery.Outcome;
import dev.switchboard.adapter.webhook.destination.Resolver;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The short in-memory retry: 3 attempts (waits of 100 and 200 ms in these tests), but never after a 410. */
class RetryTest {

    @Test
    void aFailedAttemptIsRetriedUnderTheSameWebhookId() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> calls.incrementAndGet() == 1 ? 500 : 204);
             WebhookBotReplies replies = Replies.to(receiver, listener)) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            Receiver.Arrival first = receiver.next();
            Receiver.Arrival second = receiver.next();
            assertThat(second.webhookId()).isEqualTo(first.webhookId());
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.signedCorrectly()).isTrue();
            RecordingListener.Settled settled = listener.nextSettled();
            assertThat(settled.last()).isEqualTo(new Outcome.Delivered(204));
            assertThat(settled.attempts()).isEqualTo(2);
        }
    }

    @Test
    void goneIsNotRetried() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> 410);
             WebhookBotReplies replies = Replies.to(receiver, listener)) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            RecordingListener.Settled settled = listener.nextSettled();
            assertThat(settled.last()).isEqualTo(new Outcome.Rejected(410));
            assertThat(settled.attempts()).isEqualTo(1);
            // Longer than both retry waits: a retry would have arrived by now.
            Thread.sleep(400);
            assertThat(receiver.all()).hasSize(1);
        }
    }

    @Test
    void afterTheLastFailedAttemptTheDeliveryEndsWithTheLastStatus() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> 503);
             WebhookBotReplies replies = Replies.to(receiver, listener)) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            RecordingListener.Settled settled = listener.nextSettled();
            assertThat(settled.last()).isEqualTo(new Outcome.Rejected(503));
            assertThat(settled.attempts()).isEqualTo(3);
            assertThat(receiver.all()).extracting(Receiver.Arrival::webhookId)
                    .containsOnly(settled.delivery().webhookId());
        }
    }

    @Test
    void anEndpointThatDoesNotListenIsRetriedThenGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecordingListener listener = new RecordingListener();
        try (WebhookBotReplies replies = Replies.to("http://127.0.0.1:" + closedPort + "/callback", "whsec_c2VjcmV0",
                listener, Replies.settings(List.of("127.0.0.1"), 10, Duration.ofSeconds(1)), Resolver.DNS)) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            RecordingListener.Settled settled = listener.nextSettled();
            assertThat(settled.last()).isInstanceOf(Outcome.Unreachable.class);
            assertThat(settled.attempts()).isEqualTo(3);
        }
    }
}
