package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.ServerFrames;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.shared.SysId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Twilio Media Streams end to end with a real WebSocket client (the JDK's): the messages are those of Twilio's
 * "Media Streams – WebSocket Messages" documentation, in the order Twilio sends them (connected, start, media × N,
 * dtmf, mark, stop), signed as Twilio signs the upgrade (HMAC-SHA1 of the wss URL in the TwiML, under the auth
 * token, computed here independently of the service's code). The handshake refusals are checked on the HTTP status
 * of the refused upgrade, and that they create nothing. Each store runs it through a subclass.
 */
abstract class TwilioMediaStreamsEndToEnd extends ConfiguredAssistantsEndToEnd {

    private static final String TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** 20 ms of μ-law at 8 kHz: what one Twilio media message carries. */
    private static final int FRAME_BYTES = 160;

    @Inject
    Interactions interactions;

    private final String run = Long.toHexString(System.nanoTime());

    @Test
    void aCallBecomesAClosedInteractionWithItsDtmfEventAndAPlayableRecording() throws Exception {
        String assistant = assistant("{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}");
        String callSid = "CA" + run + "0".repeat(32 - run.length());
        int frames = 60; // 1.2 s: one chunk of a second stored during the call, the rest at the stop
        ServerFrames listener = new ServerFrames();
        WebSocket socket = connect(assistant, sign(TOKEN, publicUrl(assistant)), listener).get(10, TimeUnit.SECONDS);

        send(socket, "{\"event\": \"connected\", \"protocol\": \"Call\", \"version\": \"1.0.0\"}");
        send(socket, "{\"event\": \"start\", \"sequenceNumber\": \"1\", \"start\": {\"accountSid\": \"AC" + run
                + "\", \"streamSid\": \"MZ" + run + "\", \"callSid\": \"" + callSid + "\", \"tracks\": [\"inbound\"],"
                + " \"customParameters\": {\"From\": \"+14155550123\"}, \"mediaFormat\": {\"encoding\":"
                + " \"audio/x-mulaw\", \"sampleRate\": 8000, \"channels\": 1}}, \"streamSid\": \"MZ" + run + "\"}");
        byte[] frame = new byte[FRAME_BYTES];
        Arrays.fill(frame, (byte) 0x80); // the loudest positive sample
        for (int i = 0; i < frames; i++) {
            send(socket, "{\"event\": \"media\", \"sequenceNumber\": \"" + (i + 2) + "\", \"media\": {\"track\":"
                    + " \"inbound\", \"chunk\": \"" + (i + 1) + "\", \"timestamp\": \"" + (i * 20) + "\", \"payload\": \""
                    + Base64.getEncoder().encodeToString(frame) + "\"}, \"streamSid\": \"MZ" + run + "\"}");
        }
        send(socket, "{\"event\": \"dtmf\", \"streamSid\": \"MZ" + run + "\", \"sequenceNumber\": \"" + (frames + 2)
                + "\", \"dtmf\": {\"track\": \"inbound_track\", \"digit\": \"7\"}}");
        send(socket, "{\"event\": \"mark\", \"sequenceNumber\": \"" + (frames + 3) + "\", \"streamSid\": \"MZ" + run
                + "\", \"mark\": {\"name\": \"greeting played\"}}");
        send(socket, "{\"event\": \"stop\", \"sequenceNumber\": \"" + (frames + 4) + "\", \"stop\": {\"accountSid\":"
                + " \"AC" + run + "\", \"callSid\": \"" + callSid + "\"}, \"streamSid\": \"MZ" + run + "\"}");

        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
        SysId interactionId = interactions.findIdByClientSessionId(callSid).orElseThrow();
        deleteRecordingAfterTheTest(interactionId);
        JsonNode interaction = json(admin.get("/api/now/v1/cs/voice-interactions/" + interactionId.value()).body())
                .get("result");
        assertThat(interaction.get("state").asText()).isEqualTo("closed_complete");
        assertThat(interaction.get("clientSessionId").asText()).isEqualTo(callSid);
        assertThat(interaction.get("inboundId").asText()).isEqualTo(assistant);
        assertThat(interaction.get("callerPhoneNumber").asText()).isEqualTo("+14155550123");
        String recordingPath = "/api/now/v1/cs/voice-interactions/" + interactionId.value() + "/recording";
        assertThat(interaction.get("recordingURL").asText()).isEqualTo(PUBLIC_URL + recordingPath);
        JsonNode messages = json(admin.get("/api/now/v1/cs/voice-interactions/" + interactionId.value() + "/messages")
                .body()).get("result");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("content").asText()).isEqualTo("7");
        assertThat(messages.get(0).get("isEvent").asBoolean()).isTrue();
        assertThat(messages.get(0).get("beginOffsetMillis").asLong()).isEqualTo((frames - 1) * 20L);

        HttpResponse<byte[]> wav = recording(interactionId);
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("audio/wav"));
        ByteBuffer file = ByteBuffer.wrap(wav.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav.body(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(file.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(file.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(file.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        int dataBytes = file.getInt(40);
        assertThat(dataBytes / 2 * 1000 / 8000).as("duration in ms").isEqualTo(frames * 20);
        assertThat(file.getShort(44)).as("μ-law 0x80 decoded").isEqualTo((short) 32124);
        assertThat(wav.body()).hasSize(44 + dataBytes);
    }

    @Test
    void aConnectionThatDropsWithoutStopStillStoresItsAudioAndClosesTheInteraction() throws Exception {
        String assistant = assistant("{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}");
        String callSid = "CA" + run + "1".repeat(32 - run.length());
        ServerFrames listener = new ServerFrames();
        WebSocket socket = connect(assistant, sign(TOKEN, publicUrl(assistant)), listener).get(10, TimeUnit.SECONDS);
        send(socket, "{\"event\": \"start\", \"start\": {\"callSid\": \"" + callSid + "\", \"customParameters\": {}}}");
        for (int i = 0; i < 10; i++) {
            send(socket, "{\"event\": \"media\", \"media\": {\"timestamp\": \"" + (i * 20) + "\", \"payload\": \""
                    + Base64.getEncoder().encodeToString(new byte[FRAME_BYTES]) + "\"}}");
        }

        socket.abort(); // no stop, no close frame: the TCP connection just ends

        SysId interactionId = awaitClosed(callSid);
        deleteRecordingAfterTheTest(interactionId);
        HttpResponse<byte[]> wav = recording(interactionId);
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.body()).hasSize(44 + 10 * FRAME_BYTES * 2);
    }

    /**
     * A stream started with {@code track="both_tracks"}: {@code start.tracks} lists inbound and outbound, and media
     * messages of both come interleaved, each with its track and timestamp. The recording is a two-channel WAV, the
     * caller on the first channel; 100 ms of the outbound track that never came are silence, and the channels stay
     * in step.
     */
    @Test
    void aStreamOfBothTracksIsRecordedInStereoWithTheCallerOnTheFirstChannel() throws Exception {
        String assistant = assistant("{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}");
        String callSid = "CA" + run + "2".repeat(32 - run.length());
        int frames = 60;
        ServerFrames listener = new ServerFrames();
        WebSocket socket = connect(assistant, sign(TOKEN, publicUrl(assistant)), listener).get(10, TimeUnit.SECONDS);
        send(socket, "{\"event\": \"start\", \"start\": {\"callSid\": \"" + callSid + "\", \"tracks\": [\"inbound\","
                + " \"outbound\"], \"customParameters\": {\"From\": \"+14155550123\"}, \"mediaFormat\": {\"encoding\":"
                + " \"audio/x-mulaw\", \"sampleRate\": 8000, \"channels\": 1}}}");
        byte[] caller = new byte[FRAME_BYTES];
        Arrays.fill(caller, (byte) 0x80); // 32124
        byte[] heard = new byte[FRAME_BYTES]; // 0x00: -32124
        for (int i = 0; i < frames; i++) {
            send(socket, media("inbound", i, caller));
            if (i < 20 || i >= 25) {
                send(socket, media("outbound", i, heard));
            }
        }
        send(socket, "{\"event\": \"stop\", \"stop\": {\"callSid\": \"" + callSid + "\"}}");

        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
        SysId interactionId = interactions.findIdByClientSessionId(callSid).orElseThrow();
        deleteRecordingAfterTheTest(interactionId);
        HttpResponse<byte[]> wav = recording(interactionId);
        assertThat(wav.statusCode()).isEqualTo(200);
        ByteBuffer file = ByteBuffer.wrap(wav.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.getShort(22)).as("channels").isEqualTo((short) 2);
        assertThat(file.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(file.getShort(32)).as("block align: two 16-bit samples").isEqualTo((short) 4);
        int dataBytes = file.getInt(40);
        assertThat(dataBytes / 4 * 1000 / 8000).as("duration in ms").isEqualTo(frames * 20);
        int inGap = 22 * FRAME_BYTES; // a sample 440 ms in
        assertThat(file.getShort(44)).as("caller at 0 ms").isEqualTo((short) 32124);
        assertThat(file.getShort(46)).as("heard at 0 ms").isEqualTo((short) -32124);
        assertThat(file.getShort(44 + 4 * inGap)).as("caller at 440 ms").isEqualTo((short) 32124);
        assertThat(file.getShort(46 + 4 * inGap)).as("heard at 440 ms: nothing came").isEqualTo((short) 0);
        int last = frames * FRAME_BYTES - 1;
        assertThat(file.getShort(46 + 4 * last)).as("heard at the end, in step").isEqualTo((short) -32124);
    }

    private static String media(String track, int frame, byte[] payload) {
        return "{\"event\": \"media\", \"media\": {\"track\": \"" + track + "\", \"chunk\": \"" + (frame + 1)
                + "\", \"timestamp\": \"" + (frame * 20) + "\", \"payload\": \""
                + Base64.getEncoder().encodeToString(payload) + "\"}}";
    }

    /** The call's recording as the service serves it. */
    private HttpResponse<byte[]> recording(SysId interactionId) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.getURI().resolve("/api/now/v1/cs/voice-interactions/"
                        + interactionId.value() + "/recording")).header("Authorization", basic("admin", "admin")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void malformedFramesCloseTheConnectionWithAReason() throws Exception {
        String assistant = assistant("{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}");
        String signature = sign(TOKEN, publicUrl(assistant));
        for (String frame : List.of("not json", "[1, 2]", "{\"no\": \"event\"}",
                "{\"event\": \"media\", \"media\": {\"payload\": \"AAAA\"}}",
                "{\"event\": \"start\", \"start\": {}}")) {
            ServerFrames listener = new ServerFrames();
            WebSocket socket = connect(assistant, signature, listener).get(10, TimeUnit.SECONDS);
            send(socket, frame);
            assertThat(listener.closed.get(10, TimeUnit.SECONDS)).as(frame).isIn(1003, 1007, 1008);
            assertThat(listener.reason()).as(frame).isNotBlank();
        }
    }

    @Test
    void handshakesWithoutAValidSignatureForAnEnabledTwilioChannelAreRefusedBeforeTheUpgrade() {
        String twilio = assistant("{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}");
        String disabled = assistant("{\"twilio\": {\"enabled\": false, \"authToken\": \"" + TOKEN + "\"}}");
        String other = assistant("{\"3clogic\": {}}");
        String unknown = "0123456789abcdef0123456789abcdef";

        assertThat(refusal(twilio, null)).isEqualTo(401);
        assertThat(refusal(twilio, sign("0000000000000000ffffffffffffffff", publicUrl(twilio)))).isEqualTo(403);
        assertThat(refusal(twilio, sign(TOKEN, publicUrl(twilio).replace("wss:", "ws:")))).isEqualTo(403);
        assertThat(refusal(twilio, sign(TOKEN, publicUrl(other)))).isEqualTo(403);
        assertThat(refusal(disabled, sign(TOKEN, publicUrl(disabled)))).isEqualTo(403);
        assertThat(refusal(other, sign(TOKEN, publicUrl(other)))).isEqualTo(403);
        assertThat(refusal(unknown, sign(TOKEN, publicUrl(unknown)))).isEqualTo(403);
        assertThat(refusal("not-an-id", "x")).isEqualTo(403);
    }

    /**
     * The HTTP status of the refused upgrade. Refused before the upgrade, the connection never carries a message, so
     * no interaction can begin; the filter only reads the assistant.
     */
    private int refusal(String assistant, String signature) {
        assertThatThrownBy(() -> connect(assistant, signature, new ServerFrames()).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(WebSocketHandshakeException.class);
        try {
            connect(assistant, signature, new ServerFrames()).get(10, TimeUnit.SECONDS);
            throw new AssertionError("the upgrade was accepted");
        } catch (ExecutionException e) {
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private CompletableFuture<WebSocket> connect(String assistant, String signature, ServerFrames listener) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder();
        if (signature != null) {
            builder.header("X-Twilio-Signature", signature);
        }
        URI local = URI.create(server.getURI().toString().replace("http", "ws") + ASSISTANTS + "/" + assistant
                + "/channels/twilio/media");
        return builder.buildAsync(local, listener);
    }

    private static void send(WebSocket socket, String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** What Twilio requested: the generated URL on the public address, which the TwiML names. */
    private static String publicUrl(String assistant) {
        return PUBLIC_URL.replace("https", "wss") + ASSISTANTS + "/" + assistant + "/channels/twilio/media";
    }

    /** Twilio's X-Twilio-Signature for a request without parameters: base64(HMAC-SHA1(token, url)). */
    private static String sign(String token, String url) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SysId awaitClosed(String callSid) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = interactions.findIdByClientSessionId(callSid)
                    .flatMap(interactions::findById)
                    .filter(interaction -> interaction.state().name().equals("CLOSED_COMPLETE"));
            if (found.isPresent()) {
                return found.get().id();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the interaction of " + callSid + " was not closed");
    }

    private String assistant(String channels) {
        return Http.field(configure("{\"name\": \"Twilio " + run + "\", \"providerApplication\": \"Twilio Voice\","
                + " \"channels\": " + channels + "}"), "id");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
