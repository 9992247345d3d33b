package dev.switchboard.adapter.rest.ccaas.genesys;

import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Admitted;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket Genesys dials for an assistant's Audio Connector: the base connection URI, {@code /}, the connector
 * id. {@link AudioHookHandshakeFilter} admitted the upgrade; this carries the session's frames to its
 * {@link AudioHookSession}. Frames arrive on the event loop and are handled one after the other on the blocking
 * executor (opening and closing write to the store), in the order they came.
 *
 * <p>Netty's frames are taken as they are, because AudioHook tells its JSON messages from its audio by the frame's
 * kind (text or binary), which Micronaut's converted message bodies would lose.
 */
@ServerWebSocket("/api/switchboard/v1/voice-assistants/{assistantId}/channels/genesys-audio-connector/{connectorId}")
@Requires(beans = AudioHookSessionsUseCase.class)
final class AudioHookEndpoint {

    private static final String CONNECTION = "switchboard.audiohook.connection";
    private static final Logger LOG = LoggerFactory.getLogger(AudioHookEndpoint.class);

    private final AudioHookSessionsUseCase sessions;
    private final ExecutorService blocking;

    AudioHookEndpoint(AudioHookSessionsUseCase sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @OnOpen
    void open(WebSocketSession socket, HttpRequest<?> request) {
        Admitted admitted = request.getAttribute(AudioHookHandshakeFilter.ADMITTED, Admitted.class).orElse(null);
        if (admitted == null) { // the filter refuses every request it did not admit; this is a second lock
            socket.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        socket.put(CONNECTION, new Connection(new AudioHookSession(sessions, admitted.assistantId(),
                json -> socket.sendSync(json))));
    }

    /**
     * Micronaut 4 hands a {@link WebSocketFrame} parameter over retained and never releases it (Micronaut 5 does,
     * once the method returns): the frame is this method's to release, after its bytes are copied.
     */
    @OnMessage
    void message(WebSocketFrame frame, WebSocketSession socket) {
        try {
            Connection connection = socket.get(CONNECTION, Connection.class).orElse(null);
            if (connection != null) {
                connection.frame(frame);
            }
        } finally {
            ReferenceCountUtil.release(frame);
        }
    }

    @OnClose
    void close(WebSocketSession socket) {
        socket.get(CONNECTION, Connection.class).ifPresent(connection ->
                connection.then(connection.session::onConnectionClosed));
    }

    /** A session and the queue its work runs through, one task at a time. */
    private final class Connection {

        private final AudioHookSession session;
        private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
        /** A fragmented message being put together: its kind, and its bytes so far. */
        private boolean fragmentIsText;
        private ByteArrayOutputStream fragments;

        Connection(AudioHookSession session) {
            this.session = session;
        }

        /** On the event loop: the frame's bytes are copied before the frame goes back to Netty. */
        synchronized void frame(WebSocketFrame frame) {
            byte[] bytes = new byte[frame.content().readableBytes()];
            frame.content().getBytes(frame.content().readerIndex(), bytes);
            boolean text;
            if (frame instanceof ContinuationWebSocketFrame) {
                if (fragments == null) {
                    return;
                }
                fragments.writeBytes(bytes);
                if (!frame.isFinalFragment()) {
                    return;
                }
                bytes = fragments.toByteArray();
                text = fragmentIsText;
                fragments = null;
            } else if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
                text = frame instanceof TextWebSocketFrame;
                if (!frame.isFinalFragment()) {
                    fragmentIsText = text;
                    fragments = new ByteArrayOutputStream();
                    fragments.writeBytes(bytes);
                    return;
                }
            } else {
                return;
            }
            byte[] message = bytes;
            if (text) {
                then(() -> session.onText(new String(message, StandardCharsets.UTF_8)));
            } else {
                then(() -> session.onAudio(message));
            }
        }

        /** A failing task is logged and does not stop the ones after it. */
        synchronized void then(Runnable work) {
            tail = tail.thenRunAsync(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("AudioHook session: a frame could not be handled", e);
                }
            }, blocking);
        }
    }
}
