package dev.switchboard.application.port.out;

/**
 * Tells this instance's dispatcher that deliveries were just committed, so that they go out now rather than at its
 * next poll. A hint only: a dispatcher that misses it (another instance, a restart) still finds them by polling.
 */
public interface DeliveryWakeUp {

    void deliveriesCommitted();

    static DeliveryWakeUp none() {
        return () -> { };
    }
}
