package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.domain.bot.SessionKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends deliveries on a small pool, one at a time per session and in the order they were submitted: a session's next
 * delivery starts only when the previous one has succeeded or finally failed. Different sessions proceed in parallel.
 *
 * <p>Each session has a lane (a queue); only the delivery at the head of a lane is being worked on. A failed attempt
 * that may pass is retried after the next of {@code retryDelays}; the wait is a scheduled task, not a sleeping
 * thread, so a failing endpoint holds up only its own sessions. The pool's threads do block while an HTTP request is
 * in flight (up to the request timeout), which is why {@code threads} is the number of slow endpoints that can be
 * waited on at once.
 */
public final class OrderedDispatcher {

    private final Sender sender;
    private final List<Duration> retryDelays;
    private final int maxPending;
    private final DeliveryListener listener;
    private final ScheduledThreadPoolExecutor pool;

    // Guarded by this.
    private final Map<SessionKey, Queue<Delivery>> lanes = new HashMap<>();
    private int pending;
    private boolean accepting = true;

    /**
     * @param retryDelays the waits before the second, third … attempt; {@code retryDelays.size() + 1} attempts in all
     * @param maxPending  deliveries that may be queued or in progress at once, over all sessions
     */
    public OrderedDispatcher(Sender sender, List<Duration> retryDelays, int threads, int maxPending,
                             DeliveryListener listener) {
        this.sender = sender;
        this.retryDelays = List.copyOf(retryDelays);
        this.maxPending = maxPending;
        this.listener = listener;
        this.pool = new ScheduledThreadPoolExecutor(threads, daemonThreads());
        // Shutdown should not wait for retries that are not yet due.
        this.pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.pool.setRemoveOnCancelPolicy(true);
    }

    /** Queues {@code delivery} behind its session's earlier ones; returns at once. */
    public Admission submit(Delivery delivery) {
        synchronized (this) {
            if (!accepting) {
                return Admission.SHUT_DOWN;
            }
            if (pending >= maxPending) {
                return Admission.BACKLOG_FULL;
            }
            pending++;
            Queue<Delivery> lane = lanes.computeIfAbsent(delivery.session(), session -> new ArrayDeque<>());
            lane.add(delivery);
            if (lane.size() > 1) {
                return Admission.QUEUED;
            }
        }
        // The lane was empty: nothing ahead of this delivery, so it starts now.
        run(() -> attempt(delivery, 1), Duration.ZERO);
        return Admission.QUEUED;
    }

    /**
     * Stops accepting deliveries, lets the queued and in-flight ones finish for up to {@code grace}, then stops the
     * threads (interrupting requests still in flight) and reports what was left as dropped.
     */
    public void close(Duration grace) {
        synchronized (this) {
            accepting = false;
            long deadline = System.nanoTime() + grace.toNanos();
            try {
                for (long left = grace.toNanos(); pending > 0 && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Delivery> left;
        synchronized (this) {
            left = lanes.values().stream().flatMap(Queue::stream).toList();
            lanes.clear();
            pending = 0;
        }
        left.forEach(delivery -> listener.dropped(delivery, "the service stopped before it was delivered"));
    }

    private void attempt(Delivery delivery, int number) {
        Outcome outcome;
        try {
            outcome = sender.send(delivery);
        } catch (RuntimeException e) {
            // A sender should not throw; if one does, the lane must still move on.
            outcome = new Outcome.Unreachable(e.toString());
        }
        if (outcome.retryable() && number <= retryDelays.size() && !pool.isShutdown()) {
            Duration wait = retryDelays.get(number - 1);
            run(() -> attempt(delivery, number + 1), wait);
            return;
        }
        // Room first, then the report: whoever hears of the settlement may submit again at once and find room.
        settle(delivery);
        listener.settled(delivery, outcome, number);
    }

    /** {@code delivery} is done with: start the next one of its session, if any. */
    private void settle(Delivery delivery) {
        Delivery next;
        synchronized (this) {
            Queue<Delivery> lane = lanes.get(delivery.session());
            if (lane == null) {
                return; // close() has given up on it and reported it.
            }
            pending--;
            lane.remove();
            next = lane.peek();
            if (next == null) {
                lanes.remove(delivery.session());
            }
            notifyAll();
        }
        if (next != null) {
            run(() -> attempt(next, 1), Duration.ZERO);
        }
    }

    private void run(Runnable task, Duration delay) {
        try {
            pool.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The pool has been shut down: close() reports what is still in the lanes.
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "switchboard-webhook-" + count.incrementAndGet());
            // Never the reason the JVM keeps running; close() is what ends deliveries in order.
            thread.setDaemon(true);
            return thread;
        };
    }
}
