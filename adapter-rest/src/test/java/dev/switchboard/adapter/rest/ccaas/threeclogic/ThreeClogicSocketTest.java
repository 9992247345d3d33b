package dev.switchboard.adapter.rest.ccaas.threeclogic;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.CapturedLog;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.ServerFrames;
import dev.switchboard.adapter.rest.VoiceApi;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorker;
import dev.switchboard.adapter.rest.ccaas.ConnectionWorkers;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 3CLogic's side with the JDK's WebSocket client: an assistant configured through the admin API, a call over its
 * generated URL with the generated client id and secret, and the interaction found by the call id. Refused upgrades
 * see their status, create nothing and are logged without secrets; a call whose frames wait for a slow store past
 * the bound is closed with 1013.
 */
@MicronautTest
@Property(name = ThreeClogicTestFactory.PROPERTY, value = "true")
class ThreeClogicSocketTest {

    private static final String ASSISTANTS = "/api/switchboard/v1/voice-assistants/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    static final CapturedLog LOG = CapturedLog.of(ThreeClogicHandshakeFilter.class);
    @RegisterExtension
    static final CapturedLog OVERLOAD_LOG = CapturedLog.of(ConnectionWorker.class);

    @Inject
    VoiceApi api;

    @Inject
    EmbeddedServer server;

    @Inject
    FixedClock clock;

    @Inject
    GatedCallRecordings recordings;

    @Test
    void aFullCallOpensTheInteractionAndStopClosesIt() throws Exception {
        Channel channel = channel(true);
        String callId = UUID.randomUUID().toString();
        ServerFrames frames = new ServerFrames();
        WebSocket socket = connect(channel.id, basic(channel.clientId, channel.secret), frames).join();

        socket.sendText("{\"event\":\"start\",\"callId\":\"" + callId + "\",\"caller\":\"+14155550123\"}", true)
                .join();
        JsonNode started = JSON.readTree(frames.nextText());
        for (int i = 0; i < 5; i++) {
            socket.sendBinary(ByteBuffer.wrap(new byte[160]), true).join();
        }
        socket.sendText("{\"event\":\"dtmf\",\"digit\":\"5\"}", true).join();
        socket.sendText("{\"event\":\"stop\"}", true).join();

        assertThat(started.get("event").asText()).isEqualTo("started");
        String interactionId = started.get("interactionId").asText();
        assertThat(frames.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        JsonNode interaction = api.interaction(interactionId);
        assertThat(interaction.get("clientSessionId").asText()).isEqualTo(callId);
        assertThat(interaction.get("callerPhoneNumber").asText()).isEqualTo("+14155550123");
        assertThat(interaction.get("inboundId").asText()).isEqualTo(channel.id);
        assertThat(interaction.get("state").asText()).startsWith("closed");
        Response found = api.call().get(VoiceApi.V1 + "?clientSessionId=" + callId).as(HttpCall.READER).send();
        assertThat(found.header("X-Total-Count")).isEqualTo("1");
        assertThat(api.messages(interactionId).toString()).contains("\"5\"");
    }

    @Test
    void aConnectionThatDropsWithoutStopClosesItsInteraction() throws Exception {
        Channel channel = channel(true);
        String callId = UUID.randomUUID().toString();
        ServerFrames frames = new ServerFrames();
        WebSocket socket = connect(channel.id, basic(channel.clientId, channel.secret), frames).join();
        socket.sendText("{\"event\":\"start\",\"callId\":\"" + callId + "\"}", true).join();
        String interactionId = JSON.readTree(frames.nextText()).get("interactionId").asText();

        socket.abort();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!api.interaction(interactionId).get("state").asText().startsWith("closed")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(api.interaction(interactionId).get("state").asText()).startsWith("closed");
        assertThat(api.interaction(interactionId).get("userId").asText()).isEqualTo("anonymous");
    }

    /**
     * The store stops answering while a call streams: the frames that arrive meanwhile wait, up to
     * {@value ConnectionWorkers#MAX_PENDING_FRAMES} (the default here); the next one closes the connection with 1013.
     * When the store answers again, every frame taken before is stored and the call ends as a dropped one does.
     */
    @Test
    void framesWaitingForASlowStorePastTheBoundCloseTheConnectionWith1013AndWhatWaitedIsStored() throws Exception {
        Channel channel = channel(true);
        ServerFrames frames = new ServerFrames();
        WebSocket socket = connect(channel.id, basic(channel.clientId, channel.secret), frames).join();
        socket.sendText("{\"event\":\"start\",\"callId\":\"" + UUID.randomUUID() + "\"}", true).join();
        SysId interactionId = SysId.of(JSON.readTree(frames.nextText()).get("interactionId").asText());
        byte[] second = new byte[8000]; // a second of audio: each frame is one append to the store
        int bound = ConnectionWorkers.DEFAULT_MAX_PENDING_FRAMES;
        try {
            CountDownLatch storing = recordings.shut();
            socket.sendBinary(ByteBuffer.wrap(second), true).join();
            assertThat(storing.await(10, TimeUnit.SECONDS)).as("the first second is being stored").isTrue();
            for (int i = 0; i < bound; i++) {
                socket.sendBinary(ByteBuffer.wrap(second), true).join();
            }
            assertThat(frames.closed).as("the bound is not reached yet").isNotDone();
            socket.sendBinary(ByteBuffer.wrap(second), true).join();

            assertThat(frames.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1013);
            assertThat(frames.reason()).isEqualTo("too many frames waiting to be stored; try again later");
        } finally {
            recordings.open();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!api.interaction(interactionId.value()).get("state").asText().startsWith("closed")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(api.interaction(interactionId.value()).get("state").asText()).startsWith("closed");
        assertThat(recordings.chunks(interactionId)).as("the frame being stored and every one waiting")
                .hasSize(1 + bound).allSatisfy(chunk -> assertThat(chunk.audio()).hasSize(8000));
        assertThat(api.interaction(interactionId.value()).get("recordingURL").asText()).endsWith("/recording");
        String warning = OVERLOAD_LOG.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
        assertThat(warning).contains("3CLogic connection of assistant " + channel.id + " closed (1013")
                .contains(bound + " frames wait").contains(ConnectionWorkers.MAX_PENDING_FRAMES)
                .doesNotContain(channel.secret);
    }

    @Test
    void framesOutsideTheProtocolCloseTheConnectionWithAReason() throws Exception {
        Channel channel = channel(true);
        String good = basic(channel.clientId, channel.secret);

        assertThat(closeCode(channel.id, good, "{not json")).isEqualTo(1003);
        assertThat(closeCode(channel.id, good, "[1, 2]")).isEqualTo(1003);
        assertThat(closeCode(channel.id, good, "{\"event\":\"hangup\"}")).isEqualTo(1008);
        assertThat(closeCode(channel.id, good, "{\"event\":\"stop\"}")).isEqualTo(1008);
        assertThat(closeCode(channel.id, good, "{\"event\":\"start\"}")).isEqualTo(1008);
    }

    @Test
    void upgradesWithoutTheChannelsClientAreRefusedBeforeTheUpgradeAndCreateNothing() {
        Channel channel = channel(true);
        Channel disabled = channel(false);

        assertThat(refusal(channel.id, null)).isEqualTo(401);
        assertThat(refusal(channel.id, basic(channel.clientId, "wrong"))).isEqualTo(401);
        assertThat(refusal(channel.id, basic("someone", channel.secret))).isEqualTo(401);
        assertThat(refusal(channel.id, basic("admin", "admin"))).as("a user's login is no client").isEqualTo(401);
        assertThat(refusal(disabled.id, basic(disabled.clientId, disabled.secret))).isEqualTo(403);
        assertThat(refusal(disabled.id, basic(disabled.clientId, "wrong"))).isEqualTo(401);
        assertThat(refusal("0123456789abcdef0123456789abcdef", basic(channel.clientId, channel.secret)))
                .isEqualTo(404);
        assertThat(refusal("not-an-id", basic(channel.clientId, channel.secret))).isEqualTo(404);

        Response plain = api.call().get(ASSISTANTS + channel.id + "/channels/3clogic/media").send();
        assertThat(plain.status()).isEqualTo(401);
        assertThat(plain.header("WWW-Authenticate")).startsWith("Basic realm=\"switchboard-3clogic\"");

        assertThat(LOG.events()).isNotEmpty();
        assertThat(logged()).doesNotContain(channel.secret).doesNotContain(disabled.secret);
    }

    @Test
    void theRotatedSecretIsAcceptedUntilTheOverlapEnds() {
        Channel before = channel(true);
        Response rotated = api.call().post(ASSISTANTS + before.id + "/channels/3clogic/rotate-secret")
                .as(HttpCall.ADMIN).send();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String secret = rotated.json().get("result").get("channels").get("3clogic").get("clientSecret").asText();

        connect(before.id, basic(before.clientId, secret), new ServerFrames()).join().abort();
        connect(before.id, basic(before.clientId, before.secret), new ServerFrames()).join().abort();
        clock.advance(ThreeClogicTestFactory.OVERLAP);

        assertThat(refusal(before.id, basic(before.clientId, before.secret))).isEqualTo(401);
        connect(before.id, basic(before.clientId, secret), new ServerFrames()).join().abort();
    }

    private record Channel(String id, String clientId, String secret) {
    }

    private Channel channel(boolean enabled) {
        Response created = api.call().post(ASSISTANTS).as(HttpCall.ADMIN).json("{\"name\": \"Front desk\","
                + " \"providerApplication\": \"3CLogic\", \"channels\": {\"3clogic\": {\"enabled\": " + enabled
                + "}}}").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode result = created.json().get("result");
        JsonNode channel = result.get("channels").get("3clogic");
        assertThat(channel.get("webSocketUrl").asText()).isEqualTo("wss://switchboard.example" + ASSISTANTS
                + result.get("id").asText() + "/channels/3clogic/media");
        return new Channel(result.get("id").asText(), channel.get("clientId").asText(),
                channel.get("clientSecret").asText());
    }

    /** The generated URL's path on the test server (127.0.0.1, plain ws). */
    private CompletableFuture<WebSocket> connect(String assistantId, String authorization, ServerFrames frames) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + server.getPort() + ASSISTANTS + assistantId
                + "/channels/3clogic/media"), frames);
    }

    private int refusal(String assistantId, String authorization) {
        try {
            connect(assistantId, authorization, new ServerFrames()).join().abort();
            throw new AssertionError("the upgrade was admitted");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    private int closeCode(String assistantId, String authorization, String text) throws Exception {
        ServerFrames frames = new ServerFrames();
        WebSocket socket = connect(assistantId, authorization, frames).join();
        socket.sendText(text, true).join();
        return frames.closed.get(10, TimeUnit.SECONDS);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String logged() {
        return LOG.events().stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }
}
