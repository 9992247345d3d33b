package dev.switchboard.adapter.rest.ccaas.threeclogic;

import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnError;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 3CLogic's connection, once {@link ThreeClogicHandshakeFilter} admitted the upgrade (the channel's client is the
 * authentication here, so no user is asked for). Frames arrive as Netty's own, because a {@code String} or
 * {@code byte[]} body would not say whether a frame was text (a JSON message) or binary (audio). A frame that is not
 * part of the protocol closes the connection with a reason (1003 or 1008), never an HTTP 500; so does a connection
 * whose frames wait for a slow store past the bound (1013); a connection that drops without {@code stop} still closes
 * its interaction.
 */
@ServerWebSocket("/api/switchboard/v1/voice-assistants/{assistantId}/channels/3clogic/media")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(beans = ThreeClogicCallsUseCase.class)
public class ThreeClogicSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ThreeClogicSocket.class);

    private final ThreeClogicCallsUseCase calls;
    private final ConnectionWorkers workers;
    private final Map<String, ThreeClogicCall> open = new ConcurrentHashMap<>();

    ThreeClogicSocket(ThreeClogicCallsUseCase calls, ConnectionWorkers workers) {
        this.calls = calls;
        this.workers = workers;
    }

    @OnOpen
    public void onOpen(@PathVariable String assistantId, WebSocketSession session, HttpRequest<?> request) {
        call(assistantId, session, request);
    }

    /** Micronaut hands over a retained frame when the body is a {@link WebSocketFrame}: it is released here. */
    @OnMessage(maxPayloadLength = 65536)
    public void onMessage(WebSocketFrame frame, @PathVariable String assistantId, WebSocketSession session,
                          HttpRequest<?> request) {
        try {
            ThreeClogicCall call = call(assistantId, session, request);
            if (call == null) {
                return;
            }
            if (!frame.isFinalFragment()) {
                call.refuse(CloseReason.UNSUPPORTED_DATA, "fragmented messages are not supported");
            } else if (frame instanceof TextWebSocketFrame text) {
                call.text(text.text());
            } else if (frame instanceof BinaryWebSocketFrame binary) {
                byte[] audio = new byte[binary.content().readableBytes()];
                binary.content().getBytes(binary.content().readerIndex(), audio);
                call.audio(audio);
            } else {
                call.refuse(CloseReason.UNSUPPORTED_DATA, "fragmented messages are not supported");
            }
        } finally {
            frame.release();
        }
    }

    /**
     * The connection's call, made by whichever comes first: Micronaut does not promise that {@code @OnOpen} has
     * returned before the first {@code @OnMessage} runs. Null, and the connection closed, when the upgrade request
     * does not carry the filter's admission.
     */
    private ThreeClogicCall call(String assistantId, WebSocketSession session, HttpRequest<?> request) {
        if (!assistantId.equals(request.getAttribute(ThreeClogicHandshakeFilter.ADMITTED, String.class)
                .orElse(null))) {
            // Only if the filter did not run on this request: refuse rather than trust an unchecked connection.
            LOG.error("3CLogic connection for assistant {} opened without the handshake check; closing", assistantId);
            session.close(CloseReason.POLICY_VIOLATION);
            return null;
        }
        return open.computeIfAbsent(session.getId(),
                id -> new ThreeClogicCall(SysId.of(assistantId), calls, workers, session));
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        ThreeClogicCall call = open.remove(session.getId());
        if (call != null) {
            call.disconnected();
        }
    }

    @OnError
    public void onError(WebSocketSession session, Throwable error) {
        LOG.warn("3CLogic connection {}: {}", session.getId(), error.toString());
        onClose(session);
    }
}
