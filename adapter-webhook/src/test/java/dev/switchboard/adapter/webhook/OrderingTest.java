package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One session's replies arrive in the order they were handed over; other sessions do not wait for it. */
class OrderingTest {

    @Test
    void fiftyRepliesOfOneSessionArriveInOrderThoughTheReceiverTakesVaryingTimes() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.answering(arrival -> {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(15));
                    return 200;
                });
             WebhookBotReplies replies = Replies.to(receiver, listener)) {
            for (int i = 0; i < 50; i++) {
                replies.deliver(Replies.session("s-1"), Replies.reply("r-" + i, "s-1"));
            }

            for (int i = 0; i < 50; i++) {
                listener.nextSettled();
            }
            assertThat(receiver.all()).extracting(arrival -> requestId(arrival.body()))
                    .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "r-" + i).toList());
        }
    }

    @Test
    void aReplyBeingRetriedHoldsBackTheSessionsNextReply() throws Exception {
        AtomicBoolean failedOnce = new AtomicBoolean();
        try (Receiver receiver = Receiver.answering(arrival ->
                     requestId(arrival.body()).equals("r-0") && failedOnce.compareAndSet(false, true) ? 500 : 200);
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-0", "s-1"));
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            List<String> order = List.of(requestId(receiver.next().body()), requestId(receiver.next().body()),
                    requestId(receiver.next().body()));
            assertThat(order).containsExactly("r-0", "r-0", "r-1");
        }
    }

    @Test
    void aSlowSessionDoesNotHoldUpAnother() throws Exception {
        CountDownLatch slowMayAnswer = new CountDownLatch(1);
        try (Receiver receiver = Receiver.answering(arrival -> {
                    if (arrival.body().contains("\"clientSessionId\":\"slow\"")) {
                        slowMayAnswer.await(10, TimeUnit.SECONDS);
                    }
                    return 200;
                });
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            replies.deliver(Replies.session("slow"), Replies.reply("slow-1", "slow"));
            replies.deliver(Replies.session("slow"), Replies.reply("slow-2", "slow"));
            assertThat(requestId(receiver.next().body())).isEqualTo("slow-1");

            replies.deliver(Replies.session("fast"), Replies.reply("fast-1", "fast"));
            // Arrives while slow-1 is still unanswered, and slow-2 waits behind slow-1.
            assertThat(requestId(receiver.next().body())).isEqualTo("fast-1");
            assertThat(receiver.all()).extracting(arrival -> requestId(arrival.body()))
                    .containsExactly("slow-1", "fast-1");

            slowMayAnswer.countDown();
            assertThat(requestId(receiver.next().body())).isEqualTo("slow-2");
        }
    }

    private static String requestId(String body) {
        int start = body.indexOf("\"requestId\":\"") + "\"requestId\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }
}
