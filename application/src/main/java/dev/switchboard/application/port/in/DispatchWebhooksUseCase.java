package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import java.util.List;

/**
 * What a dispatcher does, over and over: claim the deliveries that are due, then attempt each (one key's deliveries
 * are never claimed together, so attempts may run in parallel). The loop, its threads, its wake-ups and what it
 * reports to operators (metrics, health) belong to the adapter that runs it.
 */
public interface DispatchWebhooksUseCase {

    /** Claims up to {@code limit} due deliveries for this dispatcher. */
    List<Delivery> claimDue(int limit);

    /** Makes one attempt at a claimed delivery and records how it went and what comes next. */
    Attempted attempt(Delivery delivery);

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
