package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.Delivery;
import java.util.List;

/**
 * What a dispatcher does, over and over: claim the deliveries that are due, then attempt each (one key's deliveries
 * are never claimed together, so attempts may run in parallel). The loop, its threads and its wake-ups belong to the
 * adapter that runs it.
 */
public interface DispatchWebhooksUseCase {

    /** Claims up to {@code limit} due deliveries for this dispatcher. */
    List<Delivery> claimDue(int limit);

    /** False while there is nowhere to deliver: no stored endpoint and no asynchronous bot channel. */
    boolean hasTargets();

    /** Makes one attempt at a claimed delivery and records how it went and what comes next. */
    void attempt(Delivery delivery);
}
