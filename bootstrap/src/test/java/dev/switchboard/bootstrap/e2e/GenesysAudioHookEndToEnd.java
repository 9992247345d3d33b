package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.ServerFrames;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.recording.Recording;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Genesys' Audio Connector end to end, with the JDK's WebSocket client playing Genesys Cloud: the upgrade request
 * carries {@code X-API-KEY} and an HTTP message signature computed here, independently of the service's code (the
 * signature base of RFC 9421 §2.5 written out by hand, HMAC-SHA256 with the base64-decoded client secret), as the
 * AudioHook specification describes; the messages follow the AudioHook protocol reference (version 2). A refused
 * handshake is seen by the client as the HTTP status of the upgrade's answer. Each store runs it through a subclass.
 */
abstract class GenesysAudioHookEndToEnd extends ConfiguredAssistantsEndToEnd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ORGANIZATION = "d7934305-0972-4844-938e-9060eef73d05";

    @Inject
    Interactions interactions;

    private Connector connector;

    /** An assistant's Genesys Audio Connector values, as the API showed them once. */
    record Connector(String assistantId, String connectorId, String clientSecret, String apiKey) {
    }

    @Override
    protected Map<String, String> suiteProperties() {
        return Map.of("switchboard.voice-assistants.secret-rotation-overlap", "2h",
                // Short, to prove that a WebSocket outlives it: the deadline is for HTTP requests only.
                "switchboard.http.request-read-timeout", "1s");
    }

    @BeforeEach
    void assistant() {
        connector = create(true);
    }

    @Test
    void aFullSessionLeavesAClosedInteractionFoundByTheConversationId() throws Exception {
        String conversation = UUID.randomUUID().toString();
        Session session = connect(connector, signed(connector));

        session.send(1, 0, "open", "PT0S", openParameters(conversation));
        JsonNode opened = session.next();
        assertThat(opened.get("type").asText()).isEqualTo("opened");
        assertThat(opened.get("version").asText()).isEqualTo("2");
        assertThat(opened.get("id").asText()).isEqualTo(session.id);
        assertThat(opened.get("seq").asLong()).isEqualTo(1);
        assertThat(opened.get("clientseq").asLong()).isEqualTo(1);
        JsonNode media = opened.get("parameters").get("media");
        assertThat(media).hasSize(1);
        assertThat(media.get(0).get("format").asText()).isEqualTo("PCMU");
        assertThat(media.get(0).get("rate").asInt()).isEqualTo(8000);
        assertThat(media.get(0).get("channels")).hasSize(2);

        // One second of stereo PCMU: ten frames of 100 ms, 800 samples per channel, interleaved.
        for (int frame = 0; frame < 10; frame++) {
            session.socket.sendBinary(ByteBuffer.wrap(new byte[1600]), true).get(5, TimeUnit.SECONDS);
        }
        session.send(2, 1, "ping", "PT1S", "{}");
        JsonNode pong = session.next();
        assertThat(pong.get("type").asText()).isEqualTo("pong");
        assertThat(pong.get("seq").asLong()).isEqualTo(2);
        assertThat(pong.get("clientseq").asLong()).isEqualTo(2);

        session.send(3, 2, "update", "PT1S", "{\"language\": \"es-ES\"}");
        JsonNode updated = session.next();
        assertThat(updated.get("type").asText()).isEqualTo("updated");
        assertThat(updated.get("clientseq").asLong()).isEqualTo(3);

        session.send(4, 3, "paused", "PT1S", "{}");
        session.send(5, 3, "resumed", "PT1S", "{\"start\": \"PT1S\", \"discarded\": \"PT0S\"}");
        session.socket.sendBinary(ByteBuffer.wrap(new byte[1600]), true).get(5, TimeUnit.SECONDS);

        session.send(6, 3, "close", "PT1.1S", "{\"reason\": \"end\"}");
        JsonNode closed = session.next();
        assertThat(closed.get("type").asText()).isEqualTo("closed");
        assertThat(closed.get("seq").asLong()).isEqualTo(4);
        assertThat(closed.get("clientseq").asLong()).isEqualTo(6);
        session.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);

        Interaction interaction = interactions.findById(interactions.findIdByClientSessionId(conversation)
                .orElseThrow()).orElseThrow();
        deleteRecordingAfterTheTest(interaction.id());
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(interaction.caller().clientSessionId()).isEqualTo(conversation);
        assertThat(interaction.caller().inboundId()).isEqualTo(connector.assistantId());
        assertThat(interaction.caller().userId()).isEqualTo("tel:+13175551234");
        assertThat(interaction.caller().callerPhoneNumber().value()).isEqualTo("+13175551234");
        // 11 frames of 1,600 bytes of stereo PCMU: 1.1 s, kept as the call's recording at its recordingURL.
        assertThat(interaction.recordingUrl()).hasValueSatisfying(url -> assertThat(url.value())
                .endsWith("/api/now/v1/cs/voice-interactions/" + interaction.id().value() + "/recording"));
        Recording recording = Recording.of(recordings.chunks(interaction.id()));
        assertThat(recording.format()).isEqualTo(AudioFormat.MULAW_8K_STEREO);
        assertThat(recording.duration()).isEqualTo(Duration.ofMillis(1100));
        byte[] wav = recording.toWav();
        assertThat(wav[22]).as("WAV channels").isEqualTo((byte) 2);
        assertThat(wav.length).isEqualTo(44 + 17_600 * 2);
    }

    @Test
    void aLostConnectionClosesTheInteraction() throws Exception {
        String conversation = UUID.randomUUID().toString();
        Session session = connect(connector, signed(connector));
        session.send(1, 0, "open", "PT0S", openParameters(conversation));
        assertThat(session.next().get("type").asText()).isEqualTo("opened");

        session.socket.sendClose(WebSocket.NORMAL_CLOSURE, "gone").get(5, TimeUnit.SECONDS);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        InteractionState state;
        do {
            Thread.sleep(50);
            state = interactions.findById(interactions.findIdByClientSessionId(conversation).orElseThrow())
                    .orElseThrow().state();
        } while (state != InteractionState.CLOSED_COMPLETE && System.nanoTime() < deadline);
        assertThat(state).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void aSessionOutlivesTheHttpRequestReadTimeout() throws Exception {
        Session session = connect(connector, signed(connector));
        session.send(1, 0, "open", "PT0S", openParameters(UUID.randomUUID().toString()));
        assertThat(session.next().get("type").asText()).isEqualTo("opened");

        Thread.sleep(2500);
        session.send(2, 1, "ping", "PT2.5S", "{}");
        assertThat(session.next().get("type").asText()).isEqualTo("pong");
        session.send(3, 2, "close", "PT2.5S", "{\"reason\": \"end\"}");
        assertThat(session.next().get("type").asText()).isEqualTo("closed");
    }

    @Test
    void protocolErrorsAreAnsweredWithDisconnectNeverAServerError() throws Exception {
        String conversation = UUID.randomUUID().toString();
        Session session = connect(connector, signed(connector));
        session.send(1, 0, "open", "PT0S", openParameters(conversation));
        assertThat(session.next().get("type").asText()).isEqualTo("opened");

        session.send(3, 1, "ping", "PT0S", "{}"); // seq 2 skipped
        JsonNode disconnect = session.next();
        assertThat(disconnect.get("type").asText()).isEqualTo("disconnect");
        assertThat(disconnect.get("parameters").get("reason").asText()).isEqualTo("error");
        assertThat(disconnect.get("parameters").get("info").asText()).contains("seq");

        session.send(4, 2, "close", "PT0S", "{\"reason\": \"error\"}");
        assertThat(session.next().get("type").asText()).isEqualTo("closed");
        assertThat(interactions.findById(interactions.findIdByClientSessionId(conversation).orElseThrow())
                .orElseThrow().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);

        Session other = connect(connector, signed(connector));
        other.socket.sendText("{not json", true).get(5, TimeUnit.SECONDS);
        assertThat(other.next().get("parameters").get("reason").asText()).isEqualTo("error");
        Session early = connect(connector, signed(connector));
        early.socket.sendBinary(ByteBuffer.wrap(new byte[160]), true).get(5, TimeUnit.SECONDS);
        assertThat(early.next().get("parameters").get("info").asText()).contains("audio");
        Session unknown = connect(connector, signed(connector));
        unknown.send(1, 0, "pause", "PT0S", "{}"); // a server message: the client never sends it
        assertThat(unknown.next().get("type").asText()).isEqualTo("disconnect");
    }

    @Test
    void aWrongApiKeyIsRefusedBeforeTheUpgradeAndUsesUpNoNonce() throws Exception {
        Map<String, String> headers = signed(connector);
        Map<String, String> wrongKey = new LinkedHashMap<>(headers);
        wrongKey.put("X-API-KEY", "not-the-key-" + connector.apiKey().substring(12));
        assertThat(refusal(connector, wrongKey)).isEqualTo(401);
        Map<String, String> noKey = new LinkedHashMap<>(headers);
        noKey.remove("X-API-KEY");
        assertThat(refusal(connector, noKey)).isEqualTo(401);

        // The refused attempts did not use up the nonce: the genuine request with it is admitted.
        connect(connector, headers).socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    }

    @Test
    void badStaleFutureShortAndReplayedSignaturesAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> unsigned = signed(connector);
        unsigned.remove("Signature");
        unsigned.remove("Signature-Input");
        assertThat(refusal(connector, unsigned)).as("unsigned").isEqualTo(401);
        String otherSecret = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(refusal(connector, signed(connector, otherSecret, nonce(), now, COMPONENTS)))
                .as("another secret").isEqualTo(401);
        assertThat(refusal(connector, signed(connector, connector.clientSecret(), nonce(), now - 11, COMPONENTS)))
                .as("created 11 s ago").isEqualTo(401);
        assertThat(refusal(connector, signed(connector, connector.clientSecret(), nonce(), now + 60, COMPONENTS)))
                .as("created in a minute").isEqualTo(401);
        assertThat(refusal(connector, signed(connector, connector.clientSecret(), nonce().substring(0, 21), now,
                COMPONENTS))).as("a 21-character nonce").isEqualTo(401);
        assertThat(refusal(connector, signed(connector, connector.clientSecret(), nonce(), now,
                List.of("@request-target", "@authority", "audiohook-organization-id", "x-api-key"))))
                .as("audiohook-session-id not covered").isEqualTo(401);
        Map<String, String> tampered = signed(connector);
        tampered.put("audiohook-correlation-id", UUID.randomUUID().toString());
        assertThat(refusal(connector, tampered)).as("a covered header changed").isEqualTo(401);

        Map<String, String> once = signed(connector);
        connect(connector, once).socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        assertThat(refusal(connector, once)).as("replayed").isEqualTo(401);
    }

    @Test
    void unknownAssistantsAndConnectorsAre404AndADisabledChannel403() {
        Connector otherConnector = new Connector(connector.assistantId(), "0123456789abcdef0123456789abcdef",
                connector.clientSecret(), connector.apiKey());
        assertThat(refusal(otherConnector, signed(otherConnector))).isEqualTo(404);
        Connector unknown = new Connector("0123456789abcdef0123456789abcdef", connector.connectorId(),
                connector.clientSecret(), connector.apiKey());
        assertThat(refusal(unknown, signed(unknown))).isEqualTo(404);
        Connector disabled = create(false);
        assertThat(refusal(disabled, signed(disabled))).isEqualTo(403);
    }

    @Test
    void duringARotationOverlapThePreviousCredentialsAreStillAccepted() throws Exception {
        assertThat(admin.send("POST", ASSISTANTS + "/" + connector.assistantId()
                + "/channels/genesys-audio-connector/rotate-secret", null).statusCode()).isEqualTo(200);

        connect(connector, signed(connector)).socket.sendClose(WebSocket.NORMAL_CLOSURE, "")
                .get(5, TimeUnit.SECONDS);
    }

    // --- Genesys' side, written from the AudioHook specification -------------------------------------------------

    private static final List<String> COMPONENTS = List.of("@request-target", "@authority",
            "audiohook-organization-id", "audiohook-session-id", "audiohook-correlation-id", "x-api-key");

    private Map<String, String> signed(Connector to) {
        return signed(to, to.clientSecret(), nonce(), Instant.now().getEpochSecond(), COMPONENTS);
    }

    /** The upgrade request's headers, signed as Genesys signs them. */
    private Map<String, String> signed(Connector to, String clientSecret, String nonce, long created,
                                       List<String> covered) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("audiohook-organization-id", ORGANIZATION);
        headers.put("audiohook-session-id", UUID.randomUUID().toString());
        headers.put("audiohook-correlation-id", UUID.randomUUID().toString());
        headers.put("X-API-KEY", to.apiKey());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@request-target", path(to));
        values.put("@authority", "127.0.0.1:" + server.getPort());
        headers.forEach((name, value) -> values.put(name.toLowerCase(), value));
        String params = "(" + String.join(" ", covered.stream().map(name -> "\"" + name + "\"").toList()) + ")"
                + ";keyid=\"" + to.apiKey() + "\";nonce=\"" + nonce + "\";alg=\"hmac-sha256\";created=" + created
                + ";expires=" + (created + 30);
        StringBuilder base = new StringBuilder();
        covered.forEach(name -> base.append('"').append(name).append("\": ").append(values.get(name)).append('\n'));
        base.append("\"@signature-params\": ").append(params);
        headers.put("Signature-Input", "sig1=" + params);
        headers.put("Signature", "sig1=:" + Base64.getEncoder().encodeToString(
                hmac(Base64.getDecoder().decode(clientSecret), base.toString())) + ":");
        return headers;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Genesys' nonces: 18 random bytes, base64 (24 characters). */
    private static String nonce() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String path(Connector to) {
        return ASSISTANTS + "/" + to.assistantId() + "/channels/genesys-audio-connector/" + to.connectorId();
    }

    private static String openParameters(String conversation) {
        return """
                {"organizationId": "%s", "conversationId": "%s",
                 "participant": {"id": "%s", "ani": "tel:+13175551234", "aniName": "John Doe",
                                 "dnis": "tel:+18005551234"},
                 "media": [{"type": "audio", "format": "PCMU", "channels": ["external", "internal"], "rate": 8000},
                           {"type": "audio", "format": "PCMU", "channels": ["external"], "rate": 8000},
                           {"type": "audio", "format": "PCMU", "channels": ["internal"], "rate": 8000}],
                 "language": "en-US"}""".formatted(ORGANIZATION, conversation, UUID.randomUUID());
    }

    /** An open AudioHook WebSocket and the messages it received. */
    final class Session extends ServerFrames {

        final String id = UUID.randomUUID().toString();
        WebSocket socket;

        void send(long seq, long serverseq, String type, String position, String parameters) throws Exception {
            socket.sendText("""
                    {"version": "2", "id": "%s", "type": "%s", "seq": %d, "serverseq": %d, "position": "%s",
                     "parameters": %s}""".formatted(id, type, seq, serverseq, position, parameters), true)
                    .get(5, TimeUnit.SECONDS);
        }

        JsonNode next() throws Exception {
            return JSON.readTree(nextText());
        }
    }

    private Session connect(Connector to, Map<String, String> headers) {
        Session session = new Session();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        session.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + server.getPort() + path(to)), session)
                .join();
        return session;
    }

    /** The status of the refused upgrade. */
    private int refusal(Connector to, Map<String, String> headers) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> builder.buildAsync(
                URI.create("ws://127.0.0.1:" + server.getPort() + path(to)), new WebSocket.Listener() { }).join());
        assertThat(thrown).as("the upgrade is refused").isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) thrown.getCause()).getResponse().statusCode();
    }

    private Connector create(boolean enabled) {
        String created = configure("""
                {"name": "Genesys line", "providerApplication": "Genesys Cloud – EMEA",
                 "channels": {"genesys-audio-connector": {"enabled": %s}}}""".formatted(enabled));
        try {
            JsonNode assistant = JSON.readTree(created).get("result");
            JsonNode channel = assistant.get("channels").get("genesys-audio-connector");
            return new Connector(assistant.get("id").asText(), channel.get("connectorId").asText(),
                    channel.get("clientSecret").asText(), channel.get("apiKey").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
