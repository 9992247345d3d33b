package dev.switchboard.adapter.rest.ccaas.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorker;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.adapter.rest.ccaas.twilio.MediaStreamMessage.MalformedMessageException;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase.MediaStream;
import dev.switchboard.application.port.in.MediaStreamUseCase.Track;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Twilio connection: what its messages mean, in the order they came. {@link #receive} runs on the event loop and
 * only reads the message; what it does with the call (open the interaction, store audio, a DTMF event, the end) runs
 * on the connection's {@link ConnectionWorker}; a frame that finds that worker full closes the connection (1013). Ending is idempotent, so {@code stop} followed by the close, or a drop
 * without {@code stop}, end the call once.
 */
final class TwilioCall {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioCall.class);
    /** Twilio's only stream format: G.711 μ-law, 8 kHz, mono ({@code start.mediaFormat}). */
    private static final String MULAW = "audio/x-mulaw";

    private final SysId assistantId;
    private final MediaStreamUseCase streams;
    private final ConnectionWorker worker;
    private final WebSocketSession session;

    // Read and written by the connection's message, close and error callbacks, one at a time:
    private volatile boolean started;
    /** {@code start.tracks} listed the inbound and the outbound track: the recording is stereo. */
    private volatile boolean bothTracks;
    private volatile boolean closing;
    private volatile long lastTimestamp;

    // Read and written on the worker only:
    private MediaStream stream;

    TwilioCall(SysId assistantId, MediaStreamUseCase streams, ConnectionWorkers workers, WebSocketSession session) {
        this.assistantId = assistantId;
        this.streams = streams;
        this.worker = workers.newWorker("Twilio media stream of assistant " + assistantId, session);
        this.session = session;
    }

    void receive(JsonNode message) {
        if (closing) {
            return;
        }
        try {
            switch (MediaStreamMessage.event(message)) {
                case "connected" -> { } // announces the protocol ("Call", 1.0.0); nothing to do
                case "start" -> start(MediaStreamMessage.object(message, "start"));
                case "media" -> media(MediaStreamMessage.object(message, "media"));
                case "dtmf" -> dtmf(MediaStreamMessage.object(message, "dtmf"));
                case "mark" -> MediaStreamMessage.text(MediaStreamMessage.object(message, "mark"), "name");
                case "stop" -> stop();
                default -> LOG.debug("Twilio media stream of assistant {}: event {} ignored", assistantId,
                        MediaStreamMessage.event(message));
            }
        } catch (MalformedMessageException e) {
            refuse(CloseReason.INVALID_FRAME_PAYLOAD_DATA.getCode(), e.getMessage());
        }
    }

    private void start(JsonNode start) {
        if (started) {
            throw new MalformedMessageException("a second 'start'");
        }
        String callSid = MediaStreamMessage.text(start, "callSid");
        JsonNode format = start.get("mediaFormat");
        if (format != null && (!MULAW.equals(MediaStreamMessage.optionalText(format, "encoding"))
                || MediaStreamMessage.number(format, "sampleRate", 8000) != 8000
                || MediaStreamMessage.number(format, "channels", 1) != 1)) {
            refuse(CloseReason.UNSUPPORTED_DATA.getCode(), "only audio/x-mulaw at 8000 Hz, mono, is recorded");
            return;
        }
        JsonNode parameters = start.get("customParameters");
        String from = MediaStreamMessage.optionalText(parameters, "From");
        String caller = from != null ? from : MediaStreamMessage.optionalText(parameters, "callerPhoneNumber");
        bothTracks = MediaStreamMessage.tracks(start).containsAll(List.of(Track.INBOUND, Track.OUTBOUND));
        started = true;
        MediaStreamUseCase.Call call = new MediaStreamUseCase.Call(assistantId, ChannelKind.TWILIO, callSid, caller,
                bothTracks ? AudioFormat.MULAW_8K_STEREO : AudioFormat.MULAW_8K);
        work(() -> {
            stream = streams.open(call);
            LOG.info("Twilio call {} to assistant {} is voice interaction {}", callSid.replaceAll("\\p{Cntrl}", "?"),
                    assistantId,
                    stream.interactionId());
        });
    }

    /**
     * The caller's audio ({@code inbound}, or no track) is the recording; when {@code start} listed both tracks, the
     * {@code outbound} one (what the caller hears) is its second channel, each placed by its {@code timestamp}.
     */
    private void media(JsonNode media) {
        requireStarted("media");
        Track track = MediaStreamMessage.track(media);
        long timestamp = MediaStreamMessage.number(media, "timestamp", lastTimestamp);
        lastTimestamp = timestamp;
        byte[] audio = MediaStreamMessage.payload(media);
        if (audio.length == 0 || track == null || track == Track.OUTBOUND && !bothTracks) {
            return;
        }
        boolean stereo = bothTracks;
        work(() -> {
            if (stream == null) { // only when opening failed, and the connection is closing
                return;
            }
            if (stereo) {
                stream.audio(track, timestamp, audio);
            } else {
                stream.audio(audio);
            }
        });
    }

    private void dtmf(JsonNode dtmf) {
        requireStarted("dtmf");
        String digit = MediaStreamMessage.text(dtmf, "digit");
        long at = lastTimestamp;
        work(() -> {
            if (stream != null) {
                stream.dtmf(digit, at);
            }
        });
    }

    private void stop() {
        requireStarted("stop");
        closing = true;
        work(() -> {
            if (stream != null) {
                stream.end();
            }
            session.close(CloseReason.NORMAL);
        });
    }

    /** The connection closed (after {@code stop}, or dropped without it): the call ends with what it received. */
    void disconnected() {
        closing = true;
        worker.execute(worker.closingOnFailure(() -> {
            if (stream != null) {
                stream.end();
            }
        }));
    }

    /** Closes the connection with a WebSocket close code and reason; the call ends with what it received. */
    void refuse(int code, String reason) {
        if (closing) {
            return;
        }
        LOG.warn("Twilio media stream of assistant {} closed: {}", assistantId, reason);
        closing = true;
        session.close(new CloseReason(code, reason));
    }

    private void requireStarted(String event) {
        if (!started) {
            throw new MalformedMessageException("'" + event + "' before 'start'");
        }
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
}
