package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox in the {@link InMemoryStore}: the store's map keeps the deliveries in the order they were appended, which
 * is what "oldest first" and "the first of a key" go by. The store's lock makes each call atomic, so two dispatchers
 * never claim one delivery; inside an {@link InMemoryUnitOfWork} the outbox is rolled back with everything else.
 */
public final class InMemoryWebhookOutbox implements WebhookOutbox {

    private final InMemoryStore store;

    public InMemoryWebhookOutbox(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(List<Delivery> deliveries) {
        synchronized (store) {
            Set<SysId> ids = new HashSet<>();
            for (Delivery delivery : deliveries) {
                if (store.deliveries.containsKey(delivery.id()) || !ids.add(delivery.id())) {
                    throw new DuplicateRecordException("delivery " + delivery.id() + " is already stored");
                }
            }
            deliveries.forEach(delivery -> store.deliveries.put(delivery.id(), OutboxEntry.appended(delivery)));
        }
    }

    @Override
    public List<Delivery> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
        synchronized (store) {
            List<OutboxEntry> claimed = new ArrayList<>();
            Set<List<String>> keysSeen = new HashSet<>();
            for (OutboxEntry entry : store.deliveries.values()) {
                Delivery delivery = entry.delivery();
                if (claimed.size() == limit) {
                    break;
                }
                // Only the first PENDING delivery of a key may go, whether or not it is due or claimed.
                if (delivery.state() != DeliveryState.PENDING || !keysSeen.add(key(delivery))) {
                    continue;
                }
                if (!delivery.nextAttemptAt().isAfter(now) && !entry.claimedAt(now)) {
                    claimed.add(entry.claimed(dispatcher, now.plus(lease)));
                }
            }
            claimed.forEach(entry -> store.deliveries.put(entry.delivery().id(), entry));
            return claimed.stream().map(OutboxEntry::delivery).toList();
        }
    }

    @Override
    public boolean recordAttempt(SysId delivery, String dispatcher, Attempt attempt, DeliveryState next,
                                 Instant nextAttemptAt) {
        synchronized (store) {
            OutboxEntry entry = store.deliveries.get(delivery);
            if (entry == null || !entry.heldBy(dispatcher) || entry.delivery().attempts() != attempt.number() - 1) {
                return false;
            }
            List<Attempt> attempts = new ArrayList<>(entry.attempts());
            attempts.add(attempt);
            store.deliveries.put(delivery, entry.released(moved(entry.delivery(), next, entry.delivery().attempts() + 1,
                    nextAttemptAt), attempts));
            return true;
        }
    }

    @Override
    public Optional<Delivery> findById(SysId delivery) {
        synchronized (store) {
            return Optional.ofNullable(store.deliveries.get(delivery)).map(OutboxEntry::delivery);
        }
    }

    @Override
    public long countPending() {
        synchronized (store) {
            return store.deliveries.values().stream()
                    .filter(entry -> entry.delivery().state() == DeliveryState.PENDING)
                    .count();
        }
    }

    @Override
    public List<Delivery> find(Optional<String> endpoint, Optional<DeliveryState> state, int limit) {
        synchronized (store) {
            List<Delivery> newestFirst = new ArrayList<>();
            store.deliveries.values().forEach(entry -> newestFirst.add(0, entry.delivery()));
            return newestFirst.stream()
                    .filter(delivery -> endpoint.isEmpty() || endpoint.get().equals(delivery.endpoint()))
                    .filter(delivery -> state.isEmpty() || state.get() == delivery.state())
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public List<Attempt> attemptsOf(SysId delivery) {
        synchronized (store) {
            return Optional.ofNullable(store.deliveries.get(delivery)).map(OutboxEntry::attempts).orElse(List.of());
        }
    }

    @Override
    public boolean redeliver(SysId delivery, Instant now) {
        synchronized (store) {
            OutboxEntry entry = store.deliveries.get(delivery);
            if (entry == null || entry.delivery().state() != DeliveryState.DEAD) {
                return false;
            }
            Delivery dead = entry.delivery();
            store.deliveries.put(delivery, entry.released(moved(dead, DeliveryState.PENDING, dead.attempts(), now),
                    entry.attempts()));
            return true;
        }
    }

    private static List<String> key(Delivery delivery) {
        return List.of(delivery.endpoint(), delivery.orderingKey());
    }

    private static Delivery moved(Delivery d, DeliveryState state, int attempts, Instant nextAttemptAt) {
        return new Delivery(d.id(), d.endpoint(), d.orderingKey(), d.type(), d.payload(), d.createdAt(), state,
                attempts, nextAttemptAt);
    }
}
