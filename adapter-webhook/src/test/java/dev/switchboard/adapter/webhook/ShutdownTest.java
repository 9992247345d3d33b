package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shutdown stops taking replies, lets pending ones finish within the grace, and reports what it had to drop. */
class ShutdownTest {

    @Test
    void closeWaitsForPendingRepliesToBeDelivered() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> {
            Thread.sleep(150);
            return 200;
        })) {
            WebhookBotReplies replies = Replies.to(receiver, listener);
            for (int i = 0; i < 3; i++) {
                replies.deliver(Replies.session("s-1"), Replies.reply("r-" + i, "s-1"));
            }

            replies.close();

            assertThat(receiver.all()).hasSize(3);
            assertThat(listener.settled).hasSize(3);
            assertThat(listener.dropped).isEmpty();
        }
    }

    @Test
    void aReplyHandedOverAfterCloseIsDroppedNotSent() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.ok()) {
            WebhookBotReplies replies = Replies.to(receiver, listener);
            replies.close();

            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            assertThat(listener.dropped.poll(1, TimeUnit.SECONDS).why()).contains("shutting down");
            assertThat(receiver.all()).isEmpty();
        }
    }

    @Test
    void afterTheGraceWhatIsStillPendingIsDropped() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> {
            never.await(10, TimeUnit.SECONDS);
            return 200;
        })) {
            WebhookBotReplies replies = Replies.to(receiver, listener,
                    Replies.settings(List.of("127.0.0.1"), 100, Duration.ofMillis(300)));
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));
            replies.deliver(Replies.session("s-1"), Replies.reply("r-2", "s-1"));
            receiver.next();

            long started = System.nanoTime();
            replies.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            // r-2 never started; r-1 was interrupted in flight and ends as a failed delivery.
            assertThat(listener.dropped).extracting(dropped -> dropped.delivery().body())
                    .singleElement().asString().contains("\"requestId\":\"r-2\"");
            never.countDown();
        }
    }

    @Test
    void aFullBacklogDropsTheNewReply() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> {
                    release.await(10, TimeUnit.SECONDS);
                    return 200;
                });
             WebhookBotReplies replies = Replies.to(receiver, listener,
                     Replies.settings(List.of("127.0.0.1"), 2, Duration.ofSeconds(5)))) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));
            replies.deliver(Replies.session("s-2"), Replies.reply("r-2", "s-2"));
            replies.deliver(Replies.session("s-3"), Replies.reply("r-3", "s-3"));

            RecordingListener.Dropped dropped = listener.dropped.poll(1, TimeUnit.SECONDS);
            assertThat(dropped.why()).contains("max-pending");
            assertThat(dropped.delivery().body()).contains("\"requestId\":\"r-3\"");
            release.countDown();
        }
    }
}
