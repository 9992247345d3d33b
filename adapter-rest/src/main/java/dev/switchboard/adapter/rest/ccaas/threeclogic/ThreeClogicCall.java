package dev.switchboard.adapter.rest.ccaas.threeclogic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorker;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One 3CLogic connection: what its frames mean, in the order they came. {@link #text} and {@link #audio} run on the
 * event loop and only read the frame; what the call does (open the interaction, a DTMF event, the end) runs on the
 * connection's {@link ConnectionWorker}, one task after the other; a frame that finds that worker full closes the
 * connection (1013). Ending is idempotent, so {@code stop} followed by the close, or a drop without {@code stop}, end
 * the call once.
 */
final class ThreeClogicCall {

    private static final Logger LOG = LoggerFactory.getLogger(ThreeClogicCall.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SysId assistantId;
    private final ThreeClogicCallsUseCase calls;
    private final ConnectionWorker worker;
    private final WebSocketSession session;

    // Read and written by the connection's callbacks, which Micronaut runs one at a time:
    private volatile boolean started;
    private volatile boolean closing;
    private volatile long audioFrames;
    private volatile long audioBytes;

    // Read and written on the worker only:
    private SysId interactionId;
    private boolean ended;
    private int presses;

    ThreeClogicCall(SysId assistantId, ThreeClogicCallsUseCase calls, ConnectionWorkers workers,
                    WebSocketSession session) {
        this.assistantId = assistantId;
        this.calls = calls;
        this.worker = workers.newWorker("3CLogic connection of assistant " + assistantId, session);
        this.session = session;
    }

    /** A text frame: one JSON message of the protocol in docs/channels.md. */
    void text(String frame) {
        if (closing) {
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(frame);
        } catch (JsonProcessingException e) {
            refuse(CloseReason.UNSUPPORTED_DATA, "not a JSON message");
            return;
        }
        if (message == null || !message.isObject()) {
            refuse(CloseReason.UNSUPPORTED_DATA, "not a JSON object");
            return;
        }
        String event = text(message, "event");
        if (event == null) {
            refuse(CloseReason.POLICY_VIOLATION, "'event' is missing");
            return;
        }
        switch (event) {
            case "start" -> start(message);
            case "dtmf" -> dtmf(message);
            case "stop" -> stop();
            default -> refuse(CloseReason.POLICY_VIOLATION, "unknown event");
        }
    }

    /** A binary frame: the call's audio (PCMU, 8 kHz, mono), counted here and recorded on the worker. */
    void audio(byte[] frame) {
        if (closing) {
            return;
        }
        if (!started) {
            refuse(CloseReason.POLICY_VIOLATION, "audio before 'start'");
            return;
        }
        audioFrames++;
        audioBytes += frame.length;
        work(() -> {
            if (interactionId != null && !ended) {
                calls.audio(interactionId, frame);
            }
        });
    }

    private void start(JsonNode message) {
        if (started) {
            refuse(CloseReason.POLICY_VIOLATION, "a second 'start'");
            return;
        }
        String callId = text(message, "callId");
        if (callId == null) {
            refuse(CloseReason.POLICY_VIOLATION, "'callId' is missing");
            return;
        }
        String caller = text(message, "caller");
        started = true;
        work(() -> {
            interactionId = calls.startCall(assistantId, callId, caller);
            LOG.info("3CLogic call {} to assistant {} is voice interaction {}",
                    callId.replaceAll("\\p{Cntrl}", "?"), assistantId, interactionId);
            session.sendSync(JSON.createObjectNode().put("event", "started")
                    .put("interactionId", interactionId.value()).toString());
        });
    }

    private void dtmf(JsonNode message) {
        if (!started) {
            refuse(CloseReason.POLICY_VIOLATION, "'dtmf' before 'start'");
            return;
        }
        String digit = text(message, "digit");
        if (digit == null) {
            refuse(CloseReason.POLICY_VIOLATION, "'digit' is missing");
            return;
        }
        work(() -> {
            if (interactionId != null) {
                calls.dtmf(interactionId, digit, ++presses);
            }
        });
    }

    private void stop() {
        if (!started) {
            refuse(CloseReason.POLICY_VIOLATION, "'stop' before 'start'");
            return;
        }
        closing = true;
        work(() -> {
            end("stop");
            session.close(CloseReason.NORMAL);
        });
    }

    /** The connection closed (after {@code stop}, or dropped without it): the call ends. */
    void disconnected() {
        closing = true;
        worker.execute(worker.closingOnFailure(() -> end("the connection closed")));
    }

    /** Closes the connection with a close code and a reason of at most a few words; the call ends. */
    void refuse(CloseReason code, String reason) {
        if (closing) {
            return;
        }
        LOG.warn("3CLogic connection of assistant {} closed: {}", assistantId, reason);
        closing = true;
        session.close(new CloseReason(code.getCode(), reason));
    }

    /** On the worker. */
    private void end(String why) {
        if (ended || interactionId == null) {
            return;
        }
        ended = true;
        calls.endCall(interactionId);
        LOG.info("3CLogic call of assistant {} ended ({}): voice interaction {} closed, {} audio frames, {} bytes",
                assistantId, why, interactionId, audioFrames, audioBytes);
    }

    /**
     * Runs on the worker after everything handed over before, unless {@link ConnectionWorkers#MAX_PENDING_FRAMES}
     * frames already wait there (the store is slow): then the connection closes with 1013, and the call ends, after
     * what waits, as a dropped connection's does.
     */
    private void work(Runnable task) {
        if (!worker.offer(worker.closingOnFailure(task))) {
            closing = true;
        }
    }

    /** A field's text, or null when it is absent, blank or not a plain value. */
    private static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank() ? null
                : value.asText();
    }
}
