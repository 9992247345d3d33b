package dev.switchboard.domain.event;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Every attempt failed, or the endpoint said 410 Gone: kept for an operator to redeliver. */
    DEAD
}
