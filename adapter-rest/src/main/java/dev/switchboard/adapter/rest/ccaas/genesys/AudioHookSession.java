package dev.switchboard.adapter.rest.ccaas.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.AudioReceived;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AudioHook (protocol version 2) session, from the server's side, after an admitted handshake: the client
 * (Genesys) sends JSON text messages and binary audio frames; this answers each as the protocol asks.
 *
 * <ul>
 *   <li>Every client message has {@code version "2"}, the session's {@code id}, a {@code type}, {@code seq} (one
 *       more than its previous message's), {@code serverseq} (the last server message it saw, never more than this
 *       side sent), {@code position} and {@code parameters}; each server message has {@code seq} (one more than the
 *       previous one of this side) and {@code clientseq} (the last client message it answers).</li>
 *   <li>{@code open} → {@code opened} with the chosen media (PCMU at 8 kHz, which Genesys always offers), and the
 *       voice interaction is created; {@code ping} → {@code pong}; {@code update} → {@code updated};
 *       {@code paused} / {@code resumed} (the client telling that its stream paused or resumed) change the state;
 *       {@code discarded} and {@code error} are noted; {@code close} → {@code closed}, and the interaction is
 *       closed.</li>
 *   <li>Binary frames are audio, only while the session is active: their bytes are counted and, at 8000 samples a
 *       second per channel, give the audio's duration.</li>
 *   <li>A malformed message, a sequence number out of order, audio at the wrong time or an unknown type is answered
 *       with {@code disconnect} (reason {@code error}, {@code info} saying what was wrong), as the protocol's own
 *       way to end a session; then only {@code close} is honoured. A fault of ours is answered the same way, never
 *       with an unexplained drop.</li>
 * </ul>
 *
 * Not thread-safe: the endpoint hands it one message at a time, in order.
 */
final class AudioHookSession {

    /**
     * Where a session's messages go. The client, not the server, ends the WebSocket (after {@code closed}, or after
     * a {@code disconnect} and its {@code close}); one that never does is cut by the server's idle timeout.
     */
    interface Peer {
        void send(String json);
    }

    /** The protocol's limit for a text message. */
    static final int MAX_TEXT_LENGTH = 65535;
    static final String VERSION = "2";
    static final String PCMU = "PCMU";
    static final int RATE = 8000;

    private static final Logger LOG = LoggerFactory.getLogger(AudioHookSession.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private enum State { PREPARING, ACTIVE, PAUSED, CLOSED, ERROR }

    private final AudioHookSessionsUseCase sessions;
    private final SysId assistantId;
    private final Peer peer;

    private State state = State.PREPARING;
    private String id;
    private long seq;
    private long clientseq;
    private SysId interaction;
    private String conversationId;
    private int channels = 1;
    private long audioBytes;

    AudioHookSession(AudioHookSessionsUseCase sessions, SysId assistantId, Peer peer) {
        this.sessions = sessions;
        this.assistantId = assistantId;
        this.peer = peer;
    }

    void onText(String text) {
        if (state == State.CLOSED) {
            return;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            disconnect("a text message is at most " + MAX_TEXT_LENGTH + " characters");
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            disconnect("a text message is JSON");
            return;
        }
        Optional<String> malformed = malformed(message);
        if (malformed.isPresent()) {
            if (state == State.ERROR && "close".equals(message.path("type").asText(null))) {
                close(); // after a disconnect the client may still close, whatever its numbering
            } else {
                disconnect(malformed.get());
            }
            return;
        }
        clientseq = message.get("seq").asLong();
        if (id == null) {
            id = message.get("id").asText();
        }
        String type = message.get("type").asText();
        if (state == State.ERROR) {
            if (type.equals("close")) {
                close();
            }
            return;
        }
        JsonNode parameters = message.get("parameters");
        switch (type) {
            case "open" -> open(parameters);
            case "ping" -> send("pong", NODES.objectNode());
            case "update" -> send("updated", NODES.objectNode());
            case "paused" -> paused(true);
            case "resumed" -> paused(false);
            case "discarded", "error" -> LOG.info("AudioHook session {}: the client reported {} {}", id, type,
                    Text.excerpt(parameters.toString(), 200));
            case "close" -> close();
            default -> disconnect("'" + Text.excerpt(type, 40) + "' is not a client message");
        }
    }

    void onAudio(byte[] frame) {
        if (state == State.ACTIVE) {
            audioBytes += frame.length;
            try {
                sessions.audio(interaction, frame);
            } catch (RuntimeException e) {
                // The store is down, say: the call goes on; this second of its recording is lost, and logged.
                LOG.warn("AudioHook session {}: audio of interaction {} could not be stored: {}", id, interaction,
                        e.toString());
            }
        } else if (state == State.PREPARING || state == State.PAUSED) {
            disconnect("audio is sent only while the session is open and not paused");
        }
    }

    /** The WebSocket closed: an interaction still open ends now (Genesys lost, or never sent close). */
    void onConnectionClosed() {
        if (interaction != null && state != State.CLOSED) {
            endInteraction();
        }
        state = State.CLOSED;
    }

    long audioBytes() {
        return audioBytes;
    }

    /** RFC-style: why this is not a well-formed client message in sequence, if it is not. */
    private Optional<String> malformed(JsonNode message) {
        if (!message.isObject()) {
            return Optional.of("a message is a JSON object");
        }
        if (!VERSION.equals(message.path("version").asText(null)) || !message.path("version").isTextual()) {
            return Optional.of("version must be \"2\"");
        }
        if (!message.path("id").isTextual() || message.get("id").asText().isBlank()) {
            return Optional.of("id must be the session's id");
        }
        if (id != null && !id.equals(message.get("id").asText())) {
            return Optional.of("id differs from the session's id");
        }
        if (!message.path("type").isTextual()) {
            return Optional.of("type must be a string");
        }
        if (!message.path("seq").isIntegralNumber() || !message.path("serverseq").isIntegralNumber()) {
            return Optional.of("seq and serverseq must be integers");
        }
        if (message.get("seq").asLong() != clientseq + 1) {
            return Optional.of("seq must be " + (clientseq + 1) + ", one more than the previous message's");
        }
        if (message.get("serverseq").asLong() > seq || message.get("serverseq").asLong() < 0) {
            return Optional.of("serverseq must be at most " + seq + ", the last seq this server sent");
        }
        if (!message.path("position").isTextual()) {
            return Optional.of("position must be a duration");
        }
        if (!message.path("parameters").isObject()) {
            return Optional.of("parameters must be an object");
        }
        return Optional.empty();
    }

    private void open(JsonNode parameters) {
        if (state != State.PREPARING) {
            disconnect("open is the first message of a session, once");
            return;
        }
        String conversation = parameters.path("conversationId").asText("");
        if (!parameters.path("conversationId").isTextual() || conversation.isBlank()
                || conversation.length() > Text.MAX_LABEL_LENGTH) {
            disconnect("open needs parameters.conversationId");
            return;
        }
        Optional<JsonNode> media = pcmu(parameters.path("media"));
        if (media.isEmpty()) {
            disconnect("open must offer PCMU at " + RATE + " Hz");
            return;
        }
        channels = Math.max(1, media.get().path("channels").size());
        JsonNode ani = parameters.path("participant").path("ani");
        try {
            interaction = sessions.open(assistantId, new AudioHookSessionsUseCase.Call(conversation,
                    ani.isTextual() ? ani.asText() : null, channels));
        } catch (RuntimeException e) {
            LOG.error("AudioHook session {}: the interaction could not be created", id, e);
            disconnect("the server could not open the session; try again");
            return;
        }
        conversationId = conversation;
        state = State.ACTIVE;
        ObjectNode opened = NODES.objectNode();
        opened.putArray("media").add(media.get());
        opened.put("startPaused", false);
        send("opened", opened);
        LOG.info("AudioHook session {} opened: conversation {}, interaction {}", id, conversationId, interaction);
    }

    /** The first offered PCMU 8 kHz audio format. */
    private static Optional<JsonNode> pcmu(JsonNode offered) {
        for (JsonNode format : offered) {
            if ("audio".equals(format.path("type").asText()) && PCMU.equals(format.path("format").asText())
                    && format.path("rate").asInt() == RATE && format.path("channels").isArray()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private void paused(boolean paused) {
        if (state == State.ACTIVE || state == State.PAUSED) {
            state = paused ? State.PAUSED : State.ACTIVE;
        }
    }

    private void close() {
        if (interaction != null) {
            endInteraction();
        }
        state = State.CLOSED;
        send("closed", NODES.objectNode());
        LOG.info("AudioHook session {} closed: conversation {}, {} bytes of audio ({})", id, conversationId,
                audioBytes, audioDuration());
    }

    private void endInteraction() {
        try {
            sessions.close(interaction, new AudioReceived(audioBytes, audioDuration()));
        } catch (RuntimeException e) {
            LOG.error("AudioHook session {}: interaction {} could not be closed", id, interaction, e);
        }
    }

    /** PCMU is one byte a sample; Genesys interleaves its channels. */
    Duration audioDuration() {
        return Duration.ofNanos(audioBytes * 1_000_000_000L / ((long) RATE * channels));
    }

    private void disconnect(String info) {
        LOG.warn("AudioHook session {}: disconnecting after a protocol error: {}", id == null ? "(no id yet)" : id,
                info);
        state = State.ERROR;
        ObjectNode parameters = NODES.objectNode();
        parameters.put("reason", "error");
        parameters.put("info", info);
        send("disconnect", parameters);
    }

    private void send(String type, ObjectNode parameters) {
        ObjectNode message = NODES.objectNode();
        message.put("version", VERSION);
        message.put("id", id == null ? "00000000-0000-0000-0000-000000000000" : id);
        message.put("type", type);
        message.put("seq", ++seq);
        message.put("clientseq", clientseq);
        message.set("parameters", parameters);
        peer.send(message.toString());
    }
}
