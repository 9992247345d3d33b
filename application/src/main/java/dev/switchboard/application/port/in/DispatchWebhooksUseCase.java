package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import java.util.List;
import java.util.Optional;

/**
 * What a dispatcher does, over and over: claim the deliveries that are due, then attempt each (one key's deliveries
 * are never claimed together, so attempts may run in parallel). The loop, its threads, its wake-ups and what it
 * reports to operators (metrics, health) belong to the adapter that runs it.
 */
public interface DispatchWebhooksUseCase {

    /** Claims up to {@code limit} due deliveries for this dispatcher. */
    List<Delivery> claimDue(int limit);

    /** False while there is nowhere to deliver: no stored endpoint and no asynchronous bot channel. */
    boolean hasTargets();

    /**
     * Makes one attempt at a claimed delivery and records how it went and what comes next.
     *
     * @return the recorded attempt; empty when it could not be recorded because this dispatcher's claim ran out and
     *         another holds the delivery now (its attempt is the one that counts)
     */
    Optional<Attempted> attempt(Delivery delivery);

    /** How many deliveries wait to be delivered (PENDING, claimed or not): the queue an operator watches. */
    long pending();

    /**
     * One recorded attempt.
     *
     * @param next where the attempt left the delivery: DELIVERED, PENDING (to be tried again) or DEAD
     */
    record Attempted(Attempt attempt, DeliveryState next) {
    }
}
