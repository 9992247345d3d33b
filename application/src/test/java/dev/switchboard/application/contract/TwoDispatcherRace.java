package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two dispatchers, as two service instances run them, racing over deliveries already appended: every delivery is
 * claimed once, and a key's deliveries are claimed one after the other, each only once the one before it is
 * settled. Each store's test appends the deliveries its own way (adapter-jdbc's {@code TwoDispatchers} in one
 * statement, adapter-mongo's through units of work on the conversations' documents) and hands both dispatchers'
 * outboxes here (the same object twice for stores whose instances share nothing in memory).
 */
public final class TwoDispatcherRace {

    private TwoDispatcherRace() {
    }

    /**
     * @param byKey each key's deliveries in the order they must be claimed
     */
    public static void run(WebhookOutbox first, WebhookOutbox second, Instant now, List<Delivery> all,
                           Map<String, List<Delivery>> byKey) throws Exception {
        Set<Delivery> settled = ConcurrentHashMap.newKeySet();
        List<String> outOfOrder = new ArrayList<>();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Delivery> byFirst;
        List<Delivery> bySecond;
        try {
            List<Future<List<Delivery>>> results = threads.invokeAll(List.of(
                    dispatcher("first", first, now, all, byKey, settled, outOfOrder, giveUpAt),
                    dispatcher("second", second, now, all, byKey, settled, outOfOrder, giveUpAt)),
                    120, TimeUnit.SECONDS);
            byFirst = results.get(0).get();
            bySecond = results.get(1).get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(outOfOrder).isEmpty();
        // Which dispatcher claims how many is the scheduler's business; that none is claimed twice is the store's.
        assertThat(byFirst).doesNotHaveDuplicates();
        assertThat(bySecond).doesNotHaveDuplicates();
        List<Delivery> claimedByBoth = new ArrayList<>(byFirst);
        claimedByBoth.retainAll(bySecond);
        assertThat(claimedByBoth).as("claimed by both dispatchers").isEmpty();
        List<Delivery> both = new ArrayList<>(byFirst);
        both.addAll(bySecond);
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
