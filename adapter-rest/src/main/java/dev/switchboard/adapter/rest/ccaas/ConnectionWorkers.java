package dev.switchboard.adapter.rest.ccaas;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import io.micronaut.websocket.WebSocketSession;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/**
 * Makes each WebSocket connection of a CCaaS channel its {@link ConnectionWorker}: on the blocking pool, with at most
 * {@value #MAX_PENDING_FRAMES} frames waiting (default {@value #DEFAULT_MAX_PENDING_FRAMES}, ten seconds of audio at
 * 50 frames a second).
 */
@Singleton
public final class ConnectionWorkers {

    /** The setting: how many frames of one connection may wait for the ones before them to be stored. */
    public static final String MAX_PENDING_FRAMES = "switchboard.voice-assistants.max-pending-frames";
    public static final int DEFAULT_MAX_PENDING_FRAMES = 500;

    private final ExecutorService pool;
    private final int maxPendingFrames;

    ConnectionWorkers(@Named(TaskExecutors.BLOCKING) ExecutorService pool,
                      @Value("${" + MAX_PENDING_FRAMES + ":" + DEFAULT_MAX_PENDING_FRAMES + "}") int maxPendingFrames) {
        if (maxPendingFrames < 1) {
            throw new IllegalArgumentException(MAX_PENDING_FRAMES + " must be at least 1, was " + maxPendingFrames);
        }
        this.pool = pool;
        this.maxPendingFrames = maxPendingFrames;
    }

    /**
     * @param connection what the log calls the connection, e.g. {@code Twilio media stream of assistant …}
     * @param session    the connection, closed when it is overloaded
     */
    public ConnectionWorker newWorker(String connection, WebSocketSession session) {
        return new ConnectionWorker(pool, maxPendingFrames, connection, session);
    }
}
