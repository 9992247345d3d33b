package dev.switchboard.adapter.webhook.delivery;

/**
 * Told how each delivery ended. Today that is a log line ({@link LoggingDeliveryListener}); the durable version
 * will mark the outbox entry sent, or keep it as a dead letter.
 */
public interface DeliveryListener {

    /**
     * @param last     the outcome of the last attempt
     * @param attempts how many attempts were made
     */
    void settled(Delivery delivery, Outcome last, int attempts);

    /** Never attempted to the end: the backlog was full, or the service stopped first. */
    void dropped(Delivery delivery, String why);
}
