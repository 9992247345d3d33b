package dev.switchboard.adapter.webhook.delivery;

/** What {@link OrderedDispatcher#submit} did with a delivery. */
public enum Admission {
    /** Queued behind its session's earlier deliveries. */
    QUEUED,
    /** Not queued: {@code max-pending} deliveries are already waiting. */
    BACKLOG_FULL,
    /** Not queued: the dispatcher is shutting down. */
    SHUT_DOWN
}
