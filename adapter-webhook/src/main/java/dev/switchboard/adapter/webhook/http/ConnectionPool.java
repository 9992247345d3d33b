package dev.switchboard.adapter.webhook.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Idle connections by {@link Destination}, the most recently used first: at most {@code maxIdlePerDestination} per
 * destination and {@code maxIdle} in all (past either, the longest idle one is closed), none idle longer than
 * {@code idleTimeout}. A timer closes expired ones while any are idle; it is not scheduled while the pool is empty,
 * so an unused pool holds no thread's attention and no reference from one.
 */
final class ConnectionPool {

    private final KeepAlive limits;
    private final ScheduledExecutorService timer;
    private final Map<Destination, Deque<Connection>> idle = new HashMap<>();
    private int count;
    private ScheduledFuture<?> sweep;
    private boolean closed;

    /** @param timer where the idle timeout runs; it must never block there (it only closes sockets) */
    ConnectionPool(KeepAlive limits, ScheduledExecutorService timer) {
        this.limits = limits;
        this.timer = timer;
    }

    boolean enabled() {
        return limits.enabled();
    }

    /**
     * An idle connection to {@code destination} that still looks open, or null. Those found closed by the server
     * (or expired) are closed and counted in {@code stale}.
     */
    Connection take(Destination destination, Runnable stale) {
        while (true) {
            Connection connection;
            List<Connection> expired = new ArrayList<>(0);
            synchronized (this) {
                Deque<Connection> connections = idle.get(destination);
                connection = connections == null ? null : connections.pollFirst();
                if (connection == null) {
                    return null;
                }
                count--;
                if (connections.isEmpty()) {
                    idle.remove(destination);
                }
                if (expired(connection, System.nanoTime())) {
                    expired.add(connection);
                    connection = null;
                }
            }
            expired.forEach(Connection::close);
            if (connection != null) {
                if (connection.quiet()) {
                    return connection;
                }
                stale.run();
                connection.close();
            }
        }
    }

    /** Keeps a connection whose last answer was read to its end; closes it if the pool is full or closed. */
    void give(Connection connection) {
        List<Connection> evicted = new ArrayList<>(1);
        synchronized (this) {
            if (closed || !limits.enabled()) {
                evicted.add(connection);
            } else {
                connection.idleSince(System.nanoTime());
                Deque<Connection> connections = idle.computeIfAbsent(connection.destination(),
                        destination -> new ArrayDeque<>());
                connections.addFirst(connection);
                count++;
                if (connections.size() > limits.maxIdlePerDestination()) {
                    evicted.add(connections.pollLast());
                    count--;
                }
                if (count > limits.maxIdle()) {
                    evicted.add(removeLongestIdle());
                }
                scheduleSweep(limits.idleTimeout().toNanos());
            }
        }
        evicted.forEach(Connection::close);
    }

    /** Closes every idle connection; connections given back afterwards are closed at once. */
    void close() {
        List<Connection> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(all::addAll);
            idle.clear();
            count = 0;
            if (sweep != null) {
                sweep.cancel(false);
                sweep = null;
            }
        }
        all.forEach(Connection::close);
    }

    synchronized int idleCount() {
        return count;
    }

    private boolean expired(Connection connection, long now) {
        return now - connection.idleSince() >= limits.idleTimeout().toNanos();
    }

    private Connection removeLongestIdle() {
        Deque<Connection> oldestQueue = null;
        for (Deque<Connection> connections : idle.values()) {
            if (oldestQueue == null || connections.peekLast().idleSince() < oldestQueue.peekLast().idleSince()) {
                oldestQueue = connections;
            }
        }
        Connection oldest = oldestQueue.pollLast();
        count--;
        if (oldestQueue.isEmpty()) {
            idle.remove(oldest.destination());
        }
        return oldest;
    }

    private void scheduleSweep(long delayNanos) {
        if (sweep == null && count > 0) {
            sweep = timer.schedule(this::sweep, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** On the timer's thread: closes the expired connections, and comes back when the next one expires. */
    private void sweep() {
        List<Connection> expired = new ArrayList<>();
        synchronized (this) {
            sweep = null;
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            for (Iterator<Deque<Connection>> queues = idle.values().iterator(); queues.hasNext(); ) {
                Deque<Connection> connections = queues.next();
                // Oldest last: take from the end while they are expired.
                while (!connections.isEmpty() && expired(connections.peekLast(), now)) {
                    expired.add(connections.pollLast());
                    count--;
                }
                if (connections.isEmpty()) {
                    queues.remove();
                } else {
                    next = Math.min(next, connections.peekLast().idleSince());
                }
            }
            if (count > 0) {
                scheduleSweep(Math.max(0, next + limits.idleTimeout().toNanos() - now));
            }
        }
        // Not close(): its TLS close_notify could wait on a peer, and this thread also runs every deadline.
        expired.forEach(Connection::abort);
    }
}
