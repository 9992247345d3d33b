package dev.switchboard.adapter.rest.ccaas.genesys;

import dev.switchboard.adapter.rest.ccaas.ConnectionWorker;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Admitted;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The WebSocket Genesys dials for an assistant's Audio Connector: the base connection URI, {@code /}, the connector
 * id. {@link AudioHookHandshakeFilter} admitted the upgrade; this carries the session's frames to its
 * {@link AudioHookSession}. Frames arrive on the event loop and are handled one after the other on the blocking
 * executor (opening and closing write to the store), in the order they came, by the connection's
 * {@link ConnectionWorker}: a frame that finds it full (the store is slow) closes the WebSocket with 1013, and the
 * session ends, after what waits, as when Genesys drops the connection.
 *
 * <p>Netty's frames are taken as they are, because AudioHook tells its JSON messages from its audio by the frame's
 * kind (text or binary), which Micronaut's converted message bodies would lose.
 */
@ServerWebSocket("/api/switchboard/v1/voice-assistants/{assistantId}/channels/genesys-audio-connector/{connectorId}")
@Requires(beans = AudioHookSessionsUseCase.class)
final class AudioHookEndpoint {

    private static final String CONNECTION = "switchboard.audiohook.connection";

    private final AudioHookSessionsUseCase sessions;
    private final ConnectionWorkers workers;

    AudioHookEndpoint(AudioHookSessionsUseCase sessions, ConnectionWorkers workers) {
        this.sessions = sessions;
        this.workers = workers;
    }

    @OnOpen
    void open(WebSocketSession socket, HttpRequest<?> request) {
        Admitted admitted = request.getAttribute(AudioHookHandshakeFilter.ADMITTED, Admitted.class).orElse(null);
        if (admitted == null) { // the filter refuses every request it did not admit; this is a second lock
            socket.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        // After an overloaded close the session still answers what waited; there is no one left to send it to.
        socket.put(CONNECTION, new Connection(socket, new AudioHookSession(sessions, admitted.assistantId(), json -> {
            if (socket.isOpen()) {
                socket.sendSync(json);
            }
        }), workers.newWorker("AudioHook connection of assistant " + admitted.assistantId(), socket)));
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
        socket.get(CONNECTION, Connection.class).ifPresent(Connection::closed);
    }

    /** A session and the worker its frames run on, one task at a time. */
    private static final class Connection {

        private final WebSocketSession socket;
        private final AudioHookSession session;
        private final ConnectionWorker worker;
        /** A fragmented message being put together: its kind, and its bytes so far. */
        private boolean fragmentIsText;
        private ByteArrayOutputStream fragments;
        /** Closed for overload: later frames are not taken. */
        private boolean overloaded;

        Connection(WebSocketSession socket, AudioHookSession session, ConnectionWorker worker) {
            this.socket = socket;
            this.session = session;
            this.worker = worker;
        }

        /** On the event loop: the frame's bytes are copied before the frame goes back to Netty. */
        synchronized void frame(WebSocketFrame frame) {
            if (overloaded) {
                return;
            }
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
            boolean taken = text ? worker.offer(() -> session.onText(new String(message, StandardCharsets.UTF_8)))
                    : worker.offer(() -> session.onAudio(message));
            if (!taken) { // the worker closed the connection
                overloaded = true;
                fragments = null;
            }
        }

        /** The WebSocket closed: the session ends after what waits (a failing task is logged by the worker). */
        void closed() {
            worker.execute(session::onConnectionClosed);
        }
    }
}
