package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapter.rest.ServerFrames;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 3CLogic on the assembled service: an administrator configures the channel, a call arrives over the generated
 * WebSocket URL with the generated client id and secret (start, audio, DTMF, stop), and the integrator finds the
 * closed interaction by the call id. Each store runs it through a subclass.
 */
abstract class ThreeClogicEndToEnd extends ConfiguredAssistantsEndToEnd {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void aCallOverTheGeneratedUrlBecomesAClosedInteractionFoundByItsCallId() throws Exception {
        String configured = configure("{\"name\": \"3CLogic e2e\", \"providerApplication\": \"3CLogic\","
                + " \"channels\": {\"3clogic\": {}}}");
        String id = field(configured, "id");
        String url = field(configured, "webSocketUrl");
        assertThat(url).isEqualTo("wss://switchboard.example" + ASSISTANTS + "/" + id + "/channels/3clogic/media");
        String clientId = field(configured, "clientId");
        URI local = URI.create("ws://127.0.0.1:" + server.getPort() + URI.create(url).getRawPath());

        assertThatThrownBy(() -> connect(local, basic(clientId, "wrong"), new ServerFrames()).join())
                .hasCauseInstanceOf(WebSocketHandshakeException.class);

        String callId = UUID.randomUUID().toString();
        ServerFrames listener = new ServerFrames();
        WebSocket socket = connect(local, basic(clientId, field(configured, "clientSecret")), listener).join();
        socket.sendText("{\"event\":\"start\",\"callId\":\"" + callId + "\",\"caller\":\"+14155550123\"}", true)
                .join();
        String started = listener.nextText();
        assertThat(started).contains("\"event\":\"started\"");
        deleteRecordingAfterTheTest(SysId.of(field(started, "interactionId")));
        socket.sendBinary(ByteBuffer.wrap(new byte[320]), true).join();
        socket.sendText("{\"event\":\"dtmf\",\"digit\":\"#\"}", true).join();
        socket.sendText("{\"event\":\"stop\"}", true).join();
        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);

        HttpResponse<String> found = admin.get("/api/now/v1/cs/voice-interactions?clientSessionId=" + callId);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(field(found.body(), "interactionId")).isEqualTo(field(started, "interactionId"));
        assertThat(field(found.body(), "state")).isEqualTo("closed_complete");
        assertThat(field(found.body(), "inboundId")).isEqualTo(id);
        // The 320 bytes of PCMU (40 ms) are the call's recording, at its recordingURL below the public URL.
        String recording = "/api/now/v1/cs/voice-interactions/" + field(started, "interactionId") + "/recording";
        assertThat(field(found.body(), "recordingURL")).isEqualTo(PUBLIC_URL + recording);
        HttpResponse<byte[]> wav = CLIENT.send(HttpRequest.newBuilder(server.getURI().resolve(recording))
                .header("Authorization", basic("admin", "admin")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.body()).hasSize(44 + 640);
    }

    private static CompletableFuture<WebSocket> connect(URI uri, String authorization, ServerFrames listener) {
        return CLIENT.newWebSocketBuilder().header("Authorization", authorization).buildAsync(uri, listener);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
