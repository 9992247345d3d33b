package dev.switchboard.adapter.rest.ccaas;

import dev.switchboard.domain.shared.DomainException;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's work one task at a time, in the order it was handed over, on a shared pool: a call's frames
 * must be applied in order (audio before the stop that stores it), while the pool's threads serve every connection
 * and the event loop only reads frames and hands them over.
 *
 * <p>Bounded. A frame's task waits here while the ones before it are stored; with a slow database the waiting tasks
 * would grow without end, and with them the memory. {@link #offer} takes a frame's task only while fewer than
 * {@code maxPending} wait (the one running does not count); past it the connection is closed with
 * {@link #OVERLOADED}. What was handed over before still runs, in order, and the end of the call ({@link #execute}) is
 * never refused, so the call ends as a dropped connection's does.
 */
public final class ConnectionWorker {

    /**
     * The close of an overloaded connection: 1013 "Try Again Later" (RFC 6455's registry: the server is overloaded),
     * with a reason that names no call.
     */
    public static final CloseReason OVERLOADED = new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(),
            "too many frames waiting to be stored; try again later");

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWorker.class);
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    private final Executor pool;
    private final int maxPending;
    private final String connection;
    private final WebSocketSession session;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    ConnectionWorker(Executor pool, int maxPending, String connection, WebSocketSession session) {
        this.pool = pool;
        this.maxPending = maxPending;
        this.connection = connection;
        this.session = session;
    }

    /**
     * A frame's work, to run after everything handed over before.
     *
     * @return false when {@code maxPending} tasks already wait: the task is not taken, and the connection is closed
     *         with {@link #OVERLOADED} and a WARN that names the connection, how many tasks wait and the setting that
     *         bounds them (never a frame's content)
     */
    public boolean offer(Runnable task) {
        if (pending.get() >= maxPending) {
            LOG.warn("{} closed ({} {}): {} frames wait for the store, the most {} allows", connection,
                    OVERLOADED.getCode(), OVERLOADED.getReason(), pending(), ConnectionWorkers.MAX_PENDING_FRAMES);
            session.close(OVERLOADED);
            return false;
        }
        enqueue(task);
        return true;
    }

    /** Work that runs whatever waits (the end of a call): never refused. */
    public void execute(Runnable task) {
        enqueue(task);
    }

    /** Tasks handed over and not yet started. */
    public int pending() {
        return pending.get();
    }

    /**
     * The task, made to close the connection when it fails on the worker: a value the domain refuses with 1008 and
     * the refusal, anything else (the store unavailable) with 1011. The provider then ends the stream, and the call
     * ends with what was stored, as a dropped connection's.
     */
    public Runnable closingOnFailure(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (DomainException e) {
                LOG.warn("{}: {}", connection, e.getMessage());
                closeOnFailure(CloseReason.POLICY_VIOLATION.getCode(), "refused: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("{} failed", connection, e);
                closeOnFailure(CloseReason.INTERNAL_ERROR.getCode(), "the call could not be stored");
            }
        };
    }

    private void closeOnFailure(int code, String reason) {
        if (session.isOpen()) {
            session.close(new CloseReason(code, fitForClose(reason)));
        }
    }

    /**
     * A close frame's reason is at most 123 bytes of UTF-8 (RFC 6455 §5.5: 125 bytes of payload, two of them the
     * code). Cut at a character, never inside one: a refusal may quote a value in any script.
     */
    static String fitForClose(String reason) {
        int bytes = 0;
        for (int i = 0; i < reason.length(); ) {
            int codePoint = reason.codePointAt(i);
            bytes += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_CLOSE_REASON_BYTES) {
                return reason.substring(0, i);
            }
            i += Character.charCount(codePoint);
        }
        return reason;
    }

    private void enqueue(Runnable task) {
        pending.incrementAndGet();
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                pending.decrementAndGet();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("{}: a frame could not be handled", connection, e);
                }
            }
        } finally {
            draining.set(false);
            if (!tasks.isEmpty()) {
                schedule(); // a task handed over after the last poll and before the flag was cleared
            }
        }
    }
}
