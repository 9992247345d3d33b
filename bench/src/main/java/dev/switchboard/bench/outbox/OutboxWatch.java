package dev.switchboard.bench.outbox;

import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.ScriptedMessage;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.store.OutboxBacklog;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Follows one service's outbox through the windows: notes when each message was acknowledged (as the workload's
 * {@link HttpWorkload.Acknowledgements}), and after a window reads the backlog, waits until the outbox is empty and
 * matches the acknowledged messages with their arrival at the {@link EventReceiver}.
 */
public final class OutboxWatch implements HttpWorkload.Acknowledgements {

    private static final long POLL_MILLIS = 50;

    private final EventReceiver receiver;
    private final OutboxBacklog backlog;
    private final Duration drainLimit;
    private final Map<String, Long> answered = new ConcurrentHashMap<>();

    /** @param drainLimit how long to wait after a window for the outbox to empty */
    public OutboxWatch(EventReceiver receiver, OutboxBacklog backlog, Duration drainLimit) {
        this.receiver = receiver;
        this.backlog = backlog;
        this.drainLimit = drainLimit;
    }

    @Override
    public void acknowledged(List<ScriptedMessage> batch, long answeredNanos) {
        for (ScriptedMessage message : batch) {
            answered.put(message.sourceId(), answeredNanos);
        }
    }

    /**
     * Waits until nothing is PENDING (after priming, so that the first window starts with an empty outbox) and
     * forgets what was acknowledged and received so far.
     *
     * @return how long it took in milliseconds, NaN when the outbox did not empty within the limit
     */
    public double drain() throws Exception {
        long from = System.nanoTime();
        double millis = awaitEmpty(from);
        answered.clear();
        receiver.forget();
        return millis;
    }

    /**
     * After a window: the backlog right away, then the wait until the outbox is empty, then the match of the
     * window's acknowledged messages with their arrivals; the next window starts from nothing acknowledged.
     */
    public Deliveries settle(WindowResult window) throws Exception {
        long backlogAtEnd = backlog.pending();
        double drainMillis = awaitEmpty(window.toNanos());
        long[] lags = answered.entrySet().stream()
                .filter(e -> e.getValue() >= window.fromNanos() && e.getValue() <= window.toNanos())
                .mapToLong(e -> {
                    Long arrived = receiver.arrival(e.getKey());
                    return arrived == null ? Long.MAX_VALUE : arrived - e.getValue();
                })
                .toArray();
        Arrays.sort(lags);
        int arrived = (int) Arrays.stream(lags).filter(lag -> lag != Long.MAX_VALUE).count();
        long[] matched = Arrays.copyOf(lags, arrived);
        double seconds = (window.toNanos() - window.fromNanos()) / 1e9;
        Deliveries deliveries = new Deliveries(window.callers(), lags.length,
                receiver.arrivedBetween(window.fromNanos(), window.toNanos()) / seconds,
                Latencies.percentileMillis(matched, 50), Latencies.percentileMillis(matched, 99),
                lags.length - arrived, backlogAtEnd, drainMillis, receiver.repeated());
        answered.clear();
        receiver.forget();
        return deliveries;
    }

    /** Polls the backlog until it is 0; milliseconds from {@code sinceNanos}, or NaN after the limit. */
    private double awaitEmpty(long sinceNanos) throws Exception {
        long deadline = System.nanoTime() + drainLimit.toNanos();
        while (backlog.pending() > 0) {
            if (System.nanoTime() > deadline) {
                return Double.NaN;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return (System.nanoTime() - sinceNanos) / 1e6;
    }
}
