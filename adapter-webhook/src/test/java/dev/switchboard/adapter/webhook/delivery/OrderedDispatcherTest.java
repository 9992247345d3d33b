package dev.switchboard.adapter.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.webhook.signing.Signer;
import dev.switchboard.domain.bot.SessionKey;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ordering, retries and the backlog bound, with a scripted sender in place of HTTP. */
class OrderedDispatcherTest {

    private static final Endpoint ENDPOINT = new Endpoint("async-test", URI.create("https://hooks.example.com/in"),
            Signer.of("whsec_c2VjcmV0"));
    private static final List<Duration> QUICK_RETRIES = List.of(Duration.ofMillis(10), Duration.ofMillis(20));

    private final Settlements settlements = new Settlements();

    @Test
    void eachSessionKeepsItsOrderWhileSessionsRunSideBySide() throws InterruptedException {
        Map<String, List<String>> sent = new ConcurrentHashMap<>();
        Sender jittery = delivery -> {
            sleep(ThreadLocalRandom.current().nextInt(3));
            sent.computeIfAbsent(delivery.session().conversation(),
                    session -> Collections.synchronizedList(new ArrayList<>())).add(delivery.webhookId());
            return new Outcome.Delivered(200);
        };
        OrderedDispatcher dispatcher = new OrderedDispatcher(jittery, QUICK_RETRIES, 4, 1000, settlements);
        for (int i = 0; i < 30; i++) {
            for (String session : List.of("a", "b", "c", "d", "e")) {
                assertThat(dispatcher.submit(delivery(session, session + i))).isEqualTo(Admission.QUEUED);
            }
        }

        settlements.await(150);
        assertThat(sent).hasSize(5);
        for (String session : List.of("a", "b", "c", "d", "e")) {
            assertThat(sent.get("session:" + session))
                    .containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> session + i).toList());
        }
        dispatcher.close(Duration.ofSeconds(1));
    }

    @Test
    void retriesWhatMayPassAndStopsAtTheLastDelay() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        Sender failsTwice = delivery -> attempts.incrementAndGet() <= 2
                ? new Outcome.Unreachable("connection refused") : new Outcome.Delivered(200);
        OrderedDispatcher dispatcher = new OrderedDispatcher(failsTwice, QUICK_RETRIES, 1, 10, settlements);

        dispatcher.submit(delivery("a", "a1"));

        settlements.await(1);
        assertThat(settlements.attempts).containsExactly(3);
        assertThat(settlements.outcomes).containsExactly(new Outcome.Delivered(200));
        dispatcher.close(Duration.ofSeconds(1));
    }

    @Test
    void aRefusedDestinationIsNotRetried() throws InterruptedException {
        OrderedDispatcher dispatcher = new OrderedDispatcher(delivery -> new Outcome.Refused("loopback"),
                QUICK_RETRIES, 1, 10, settlements);

        dispatcher.submit(delivery("a", "a1"));

        settlements.await(1);
        assertThat(settlements.attempts).containsExactly(1);
        dispatcher.close(Duration.ofSeconds(1));
    }

    @Test
    void aSenderThatThrowsDoesNotStallItsSession() throws InterruptedException {
        Sender broken = delivery -> {
            if (delivery.webhookId().equals("a1")) {
                throw new IllegalStateException("bug");
            }
            return new Outcome.Delivered(200);
        };
        OrderedDispatcher dispatcher = new OrderedDispatcher(broken, List.of(), 1, 10, settlements);

        dispatcher.submit(delivery("a", "a1"));
        dispatcher.submit(delivery("a", "a2"));

        settlements.await(2);
        assertThat(settlements.outcomes).containsExactly(
                new Outcome.Unreachable("java.lang.IllegalStateException: bug"), new Outcome.Delivered(200));
        dispatcher.close(Duration.ofSeconds(1));
    }

    @Test
    void theBacklogIsBoundedOverAllSessions() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Sender held = delivery -> {
            awaitQuietly(release);
            return new Outcome.Delivered(200);
        };
        OrderedDispatcher dispatcher = new OrderedDispatcher(held, List.of(), 2, 2, settlements);

        assertThat(dispatcher.submit(delivery("a", "a1"))).isEqualTo(Admission.QUEUED);
        assertThat(dispatcher.submit(delivery("b", "b1"))).isEqualTo(Admission.QUEUED);
        assertThat(dispatcher.submit(delivery("c", "c1"))).isEqualTo(Admission.BACKLOG_FULL);

        release.countDown();
        settlements.await(2);
        // Room again once deliveries settle.
        assertThat(dispatcher.submit(delivery("c", "c1"))).isEqualTo(Admission.QUEUED);
        dispatcher.close(Duration.ofSeconds(1));
        assertThat(dispatcher.submit(delivery("c", "c2"))).isEqualTo(Admission.SHUT_DOWN);
    }

    private static Delivery delivery(String session, String id) {
        return new Delivery(id, new SessionKey("async-test", "session:" + session), ENDPOINT, "{}");
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects how deliveries ended. */
    private static final class Settlements implements DeliveryListener {

        final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void settled(Delivery delivery, Outcome last, int attemptCount) {
            outcomes.add(last);
            attempts.add(attemptCount);
            synchronized (this) {
                count.incrementAndGet();
                notifyAll();
            }
        }

        @Override
        public void dropped(Delivery delivery, String why) {
        }

        synchronized void await(int settled) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 5000;
            while (count.get() < settled && System.currentTimeMillis() < deadline) {
                wait(100);
            }
            assertThat(count.get()).as("settled deliveries").isGreaterThanOrEqualTo(settled);
        }
    }
}
