package dev.switchboard.adapter.webhook.delivery;

/**
 * Makes one attempt at a delivery. It never throws: every failure is an {@link Outcome}, so that the dispatcher
 * alone decides about retries.
 */
@FunctionalInterface
public interface Sender {

    Outcome send(Delivery delivery);
}
