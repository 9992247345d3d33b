package dev.switchboard.bench.outbox;

/**
 * What the deliveries of one measured window came to, at the receiver.
 *
 * @param callers         the window's caller count
 * @param acknowledged    messages whose request was acknowledged inside the window
 * @param eventsPerSecond messages that arrived at the receiver inside the window, per second (one message per
 *                        event here)
 * @param lagP50Millis    from a request's acknowledgement (read by its caller) to its message's arrival at the
 *                        receiver, median over {@code acknowledged} messages that arrived; negative when the event
 *                        arrived before the caller had read the answer
 * @param lagP99Millis    the same, 99th percentile
 * @param missing         acknowledged messages that had not arrived when the harness stopped waiting
 * @param backlogAtEnd    deliveries still PENDING in the outbox right after the window (-1 when not read)
 * @param drainMillis     from the window's end until the outbox had no PENDING delivery (NaN when it did not empty
 *                        within the limit)
 * @param repeated        deliveries whose webhook-id had arrived before, over the whole run so far
 */
public record Deliveries(int callers, long acknowledged, double eventsPerSecond, double lagP50Millis,
                         double lagP99Millis, long missing, long backlogAtEnd, double drainMillis, long repeated) {
}
