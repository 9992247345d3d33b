package dev.switchboard.application.fake;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import java.time.Instant;
import java.util.List;

/**
 * One delivery as {@link InMemoryWebhookOutbox} keeps it: with its attempts and its claim, which the port never hands
 * out. Immutable, so that the store can keep it as it is and a rollback copies only the map.
 *
 * @param leaseUntil when the claim runs out, or null when nobody holds one
 */
record OutboxEntry(Delivery delivery, List<Attempt> attempts, String leaseOwner, Instant leaseUntil) {

    OutboxEntry {
        attempts = List.copyOf(attempts);
    }

    static OutboxEntry appended(Delivery delivery) {
        return new OutboxEntry(delivery, List.of(), null, null);
    }

    boolean claimedAt(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }

    /** Still PENDING and claimed by this dispatcher, whether or not its lease ran out: nobody claimed it since. */
    boolean heldBy(String dispatcher) {
        return delivery.state() == DeliveryState.PENDING && dispatcher.equals(leaseOwner);
    }

    OutboxEntry claimed(String dispatcher, Instant until) {
        return new OutboxEntry(delivery, attempts, dispatcher, until);
    }

    /** The delivery moved to {@code delivery}, unclaimed. */
    OutboxEntry released(Delivery moved, List<Attempt> allAttempts) {
        return new OutboxEntry(moved, allAttempts, null, null);
    }
}
