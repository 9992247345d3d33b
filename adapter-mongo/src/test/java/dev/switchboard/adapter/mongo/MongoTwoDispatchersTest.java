package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
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
 * Two service instances on one database, each with its own dispatcher, as adapter-jdbc's {@code TwoDispatchers}: every
 * delivery is claimed once, and a key's deliveries are claimed one after the other, each only once the one before it is
 * settled. The deliveries are written by units of work on their conversations' documents, as the services write them,
 * so the relay takes part.
 */
class MongoTwoDispatchersTest {

    private static final int KEYS = 20;
    private static final int PER_KEY = 5;

    private final MongoStorage firstInstance = MongoStorage.on(InProcessMongo.database("dispatchers"));
    private final MongoStorage secondInstance = MongoStorage.on(InProcessMongo.database("dispatchers"));

    @Test
    void deliverEachDeliveryOnceAndEachKeyInOrder() throws Exception {
        Instant now = WebhookOutboxContract.freshWindow();
        String endpoint = "endpoint-" + UUID.randomUUID();
        Map<String, List<Delivery>> byKey = new HashMap<>();
        List<Delivery> all = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            keys.add(TestRecords.storedInteraction(firstInstance.ports()).id().value());
        }
        for (int i = 0; i < PER_KEY; i++) {
            for (String key : keys) {
                Delivery delivery = OutboxDeliveries.pending(endpoint, key, now, i);
                byKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(delivery);
                all.add(delivery);
                // Alternately from each instance: the key's order is the order of the commits on its document.
                MongoStorage instance = i % 2 == 0 ? firstInstance : secondInstance;
                instance.ports().unitOfWork().run(() -> {
                    Interactions interactions = instance.ports().interactions();
                    interactions.update(interactions.findByIdForUpdate(SysId.of(key)).orElseThrow());
                    instance.webhookOutbox().append(List.of(delivery));
                    return null;
                });
            }
        }
        Set<Delivery> settled = ConcurrentHashMap.newKeySet();
        List<String> outOfOrder = new ArrayList<>();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Delivery> first;
        List<Delivery> second;
        try {
            List<Future<List<Delivery>>> results = threads.invokeAll(List.of(
                    dispatcher("first", firstInstance.webhookOutbox(), now, all, byKey, settled, outOfOrder, giveUpAt),
                    dispatcher("second", secondInstance.webhookOutbox(), now, all, byKey, settled, outOfOrder,
                            giveUpAt)), 120, TimeUnit.SECONDS);
            first = results.get(0).get();
            second = results.get(1).get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(outOfOrder).isEmpty();
        assertThat(first).doesNotHaveDuplicates();
        assertThat(second).doesNotHaveDuplicates();
        List<Delivery> claimedByBoth = new ArrayList<>(first);
        claimedByBoth.retainAll(second);
        assertThat(claimedByBoth).as("claimed by both dispatchers").isEmpty();
        List<Delivery> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).containsExactlyInAnyOrderElementsOf(all);
    }

    private static Callable<List<Delivery>> dispatcher(String name, WebhookOutbox outbox, Instant now,
                                                       List<Delivery> all, Map<String, List<Delivery>> byKey,
                                                       Set<Delivery> settled, List<String> outOfOrder,
                                                       long giveUpAt) {
        return () -> {
            List<Delivery> mine = new ArrayList<>();
            while (settled.size() < all.size() && System.nanoTime() < giveUpAt) {
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
    }
}
