package dev.switchboard.adapter.rest.ccaas.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.domain.shared.SysId;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio Media Streams, once {@link TwilioHandshakeFilter} admitted the upgrade (the signature is the
 * authentication here, so no user is asked for). Each text frame is parsed on the event loop and handed to the
 * connection's {@link TwilioCall}, which applies the messages in order on a worker thread. A frame that is not a
 * message Twilio sends closes the connection with a reason (1007/1008/1003), never an HTTP 500; so does a connection
 * whose frames wait for a slow store past the bound (1013); a connection that drops without {@code stop} still stores
 * its audio and closes its interaction.
 */
@ServerWebSocket("/api/switchboard/v1/voice-assistants/{assistantId}/channels/twilio/media")
@Secured(SecurityRule.IS_ANONYMOUS)
public class TwilioMediaStreamSocket {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioMediaStreamSocket.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MediaStreamUseCase streams;
    private final ConnectionWorkers workers;
    private final Map<String, TwilioCall> calls = new ConcurrentHashMap<>();

    TwilioMediaStreamSocket(MediaStreamUseCase streams, ConnectionWorkers workers) {
        this.streams = streams;
        this.workers = workers;
    }

    @OnOpen
    public void onOpen(@PathVariable String assistantId, WebSocketSession session, HttpRequest<?> request) {
        call(assistantId, session, request);
    }

    @OnMessage(maxPayloadLength = 65536)
    public void onMessage(String text, @PathVariable String assistantId, WebSocketSession session,
                          HttpRequest<?> request) {
        TwilioCall call = call(assistantId, session, request);
        if (call == null) {
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            call.refuse(CloseReason.INVALID_FRAME_PAYLOAD_DATA.getCode(), "not a JSON message");
            return;
        }
        if (message == null || !message.isObject()) {
            call.refuse(CloseReason.INVALID_FRAME_PAYLOAD_DATA.getCode(), "not a JSON object");
            return;
        }
        call.receive(message);
    }

    /**
     * The connection's call, made by whichever comes first: Micronaut does not promise that {@code @OnOpen} has
     * returned before the first {@code @OnMessage} runs. Null, and the connection closed, when the upgrade request
     * does not carry the filter's admission.
     */
    private TwilioCall call(String assistantId, WebSocketSession session, HttpRequest<?> request) {
        if (!assistantId.equals(request.getAttribute(TwilioHandshakeFilter.ADMITTED, String.class).orElse(null))) {
            // Only if the filter did not run on this request: refuse rather than trust an unchecked connection.
            LOG.error("Twilio media stream for assistant {} opened without the handshake check; closing", assistantId);
            session.close(CloseReason.POLICY_VIOLATION);
            return null;
        }
        return calls.computeIfAbsent(session.getId(),
                id -> new TwilioCall(SysId.of(assistantId), streams, workers, session));
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        TwilioCall call = calls.remove(session.getId());
        if (call != null) {
            call.disconnected();
        }
    }

    @OnError
    public void onError(WebSocketSession session, Throwable error) {
        LOG.warn("Twilio media stream {}: {}", session.getId(), error.toString());
        onClose(session);
    }
}
