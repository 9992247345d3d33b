package dev.switchboard.adapter.jdbc.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers on one database, each claim in a transaction of its own, as two service instances would run them:
 * every delivery is claimed once, and a key's deliveries are claimed one after the other, each only once the one
 * before it is settled. A subclass per database server ({@code PostgreSqlTwoDispatchersTest}, …) points its
 * {@code @MicronautTest(transactional = false)} at the server.
 */
public abstract class TwoDispatchers {

    private static final int KEYS = 20;
    private static final int PER_KEY = 5;

    @Inject
    WebhookOutbox outbox;

    @Test
    void deliverEachDeliveryOnceAndEachKeyInOrder() throws Exception {
        Instant now = WebhookOutboxContract.freshWindow();
        String endpoint = "endpoint-" + UUID.randomUUID();
        Map<String, List<Delivery>> byKey = new HashMap<>();
        List<Delivery> all = new ArrayList<>();
        for (int i = 0; i < PER_KEY; i++) {
            for (int k = 0; k < KEYS; k++) {
                Delivery delivery = new Delivery(ScriptedIdGenerator.random(), endpoint, "key-" + k,
                        EventType.TRANSCRIPT_MESSAGES_ADDED, Fields.builder().put("n", i).build(),
                        now.plusMillis(all.size()), DeliveryState.PENDING, 0, now);
                byKey.computeIfAbsent(delivery.orderingKey(), key -> new ArrayList<>()).add(delivery);
                all.add(delivery);
            }
        }
        outbox.append(all);
        Set<Delivery> settled = ConcurrentHashMap.newKeySet();
        List<String> outOfOrder = new ArrayList<>();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Callable<List<Delivery>> dispatcher = () -> {
            List<Delivery> mine = new ArrayList<>();
            while (settled.size() < all.size() && System.nanoTime() < giveUpAt) {
                String name = Thread.currentThread().getName();
                List<Delivery> claimed = outbox.claimDue(name, now, Duration.ofHours(1), 3);
                // Checked for the whole claim first: two of one key in one claim would pass one by one.
                for (Delivery delivery : claimed) {
                    List<Delivery> ofKey = byKey.get(delivery.orderingKey());
                    int position = ofKey.indexOf(delivery);
                    if (position > 0 && !settled.contains(ofKey.get(position - 1))) {
                        synchronized (outOfOrder) {
                            outOfOrder.add(delivery.orderingKey() + " #" + position);
                        }
                    }
                }
                for (Delivery delivery : claimed) {
                    mine.add(delivery);
                    // Marked before it is recorded: the record is what lets the next one of its key be claimed.
                    settled.add(delivery);
                    if (!outbox.recordAttempt(delivery.id(), name, new Attempt(1, now, 204, 1, ""),
                            DeliveryState.DELIVERED, now)) {
                        throw new AssertionError("the record of " + delivery.id() + " by its dispatcher was refused");
                    }
                }
            }
            return mine;
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Delivery> first;
        List<Delivery> second;
        try {
            List<Future<List<Delivery>>> results = threads.invokeAll(List.of(dispatcher, dispatcher), 120,
                    TimeUnit.SECONDS);
            first = results.get(0).get();
            second = results.get(1).get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(outOfOrder).isEmpty();
        // Which dispatcher claims how many is the scheduler's business; that none is claimed twice is the store's.
        assertThat(first).doesNotHaveDuplicates();
        assertThat(second).doesNotHaveDuplicates();
        List<Delivery> claimedByBoth = new ArrayList<>(first);
        claimedByBoth.retainAll(second);
        assertThat(claimedByBoth).as("claimed by both dispatchers").isEmpty();
        List<Delivery> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).containsExactlyInAnyOrderElementsOf(all);
    }
}
