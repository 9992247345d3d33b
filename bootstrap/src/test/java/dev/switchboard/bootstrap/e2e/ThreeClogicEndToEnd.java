package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 3CLogic on the assembled service: an administrator configures the channel, a call arrives over the generated
 * WebSocket URL with the generated client id and secret (start, audio, DTMF, stop), and the integrator finds the
 * closed interaction by the call id. Each store runs it through a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThreeClogicEndToEnd implements TestPropertyProvider {

    private static final String ASSISTANTS = "/api/switchboard/v1/voice-assistants";
    private static final String PUBLIC_URL = "https://switchboard.example";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private final List<String> created = new ArrayList<>();
    private Http admin;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("switchboard.public-url", PUBLIC_URL);
    }

    @BeforeAll
    void client() {
        admin = new Http(server.getURI(), "admin", "admin");
    }

    @AfterEach
    void deleteAssistants() {
        created.forEach(id -> admin.send("DELETE", ASSISTANTS + "/" + id, null));
        created.clear();
    }

    @Test
    void aCallOverTheGeneratedUrlBecomesAClosedInteractionFoundByItsCallId() throws Exception {
        HttpResponse<String> configured = admin.send("POST", ASSISTANTS, "{\"name\": \"3CLogic e2e\","
                + " \"providerApplication\": \"3CLogic\", \"channels\": {\"3clogic\": {}}}");
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(201);
        String id = field(configured.body(), "id");
        created.add(id);
        String url = field(configured.body(), "webSocketUrl");
        assertThat(url).isEqualTo("wss://switchboard.example" + ASSISTANTS + "/" + id + "/channels/3clogic/media");
        String clientId = field(configured.body(), "clientId");
        URI local = URI.create("ws://127.0.0.1:" + server.getPort() + URI.create(url).getRawPath());

        assertThatThrownBy(() -> connect(local, basic(clientId, "wrong"), new Listener()).join())
                .hasCauseInstanceOf(WebSocketHandshakeException.class);

        String callId = UUID.randomUUID().toString();
        Listener listener = new Listener();
        WebSocket socket = connect(local, basic(clientId, field(configured.body(), "clientSecret")), listener).join();
        socket.sendText("{\"event\":\"start\",\"callId\":\"" + callId + "\",\"caller\":\"+14155550123\"}", true)
                .join();
        String started = listener.texts.poll(10, TimeUnit.SECONDS);
        assertThat(started).contains("\"event\":\"started\"");
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

    private static CompletableFuture<WebSocket> connect(URI uri, String authorization, Listener listener) {
        return CLIENT.newWebSocketBuilder().header("Authorization", authorization).buildAsync(uri, listener);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Whole text messages and the close code. */
    private static final class Listener implements WebSocket.Listener {

        final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
