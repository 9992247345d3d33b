import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Simulates a Twilio call against a running Switchboard (docs/channels.md, "Walk-through"), as Twilio Media Streams
 * would stream it: the upgrade signed with X-Twilio-Signature, then connected, start, one second of 20 ms media
 * frames (a 440 Hz tone in μ-law), a DTMF digit, a mark and stop. Run with the JDK alone (17 or newer):
 *
 *   java docs/scripts/TwilioCall.java WEBSOCKET_URL AUTH_TOKEN [CALL_SID] [CONNECT_TO]
 *
 * WEBSOCKET_URL is the channel's webSocketUrl (what the TwiML names, and what is signed); CONNECT_TO, if given, is
 * where to connect instead (ws://localhost:8080/… while the public URL is a proxy's wss:// address).
 */
public class TwilioCall {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java TwilioCall.java WEBSOCKET_URL AUTH_TOKEN [CALL_SID] [CONNECT_TO]");
            System.exit(2);
        }
        String url = args[0];
        String token = args[1];
        String callSid = args.length > 2 ? args[2] : "CA" + Long.toHexString(System.nanoTime()) + "00000000000000000";
        URI connectTo = URI.create(args.length > 3 ? args[3] : url);
        String streamSid = "MZ" + callSid.substring(2);

        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));

        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("X-Twilio-Signature", signature)
                .buildAsync(connectTo, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
                        closed.complete(code + " " + reason);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        System.out.println("connected to " + connectTo + " as call " + callSid);

        send(socket, "{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
        send(socket, "{\"event\":\"start\",\"sequenceNumber\":\"1\",\"start\":{\"accountSid\":\"ACsimulated\","
                + "\"streamSid\":\"" + streamSid + "\",\"callSid\":\"" + callSid + "\",\"tracks\":[\"inbound\"],"
                + "\"customParameters\":{\"From\":\"+14155550123\"},\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\","
                + "\"sampleRate\":8000,\"channels\":1}},\"streamSid\":\"" + streamSid + "\"}");
        int sequence = 2;
        for (int frame = 0; frame < 50; frame++) {
            byte[] audio = new byte[160];
            for (int i = 0; i < audio.length; i++) {
                double t = (frame * 160 + i) / 8000.0;
                audio[i] = muLaw((short) (8000 * Math.sin(2 * Math.PI * 440 * t)));
            }
            send(socket, "{\"event\":\"media\",\"sequenceNumber\":\"" + sequence++ + "\",\"media\":{\"track\":"
                    + "\"inbound\",\"chunk\":\"" + (frame + 1) + "\",\"timestamp\":\"" + frame * 20 + "\",\"payload\":\""
                    + Base64.getEncoder().encodeToString(audio) + "\"},\"streamSid\":\"" + streamSid + "\"}");
            Thread.sleep(20); // in real time, as Twilio sends it
        }
        send(socket, "{\"event\":\"dtmf\",\"streamSid\":\"" + streamSid + "\",\"sequenceNumber\":\"" + sequence++
                + "\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"1\"}}");
        send(socket, "{\"event\":\"mark\",\"sequenceNumber\":\"" + sequence++ + "\",\"streamSid\":\"" + streamSid
                + "\",\"mark\":{\"name\":\"simulated\"}}");
        send(socket, "{\"event\":\"stop\",\"sequenceNumber\":\"" + sequence + "\",\"stop\":{\"accountSid\":"
                + "\"ACsimulated\",\"callSid\":\"" + callSid + "\"},\"streamSid\":\"" + streamSid + "\"}");
        System.out.println("closed by the service: " + closed.get(10, TimeUnit.SECONDS));
        System.out.println("callSid (the interaction's clientSessionId): " + callSid);
    }

    private static void send(WebSocket socket, String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** G.711 μ-law compression of one 16-bit sample. */
    private static byte muLaw(short sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs((int) sample), 32635) + 0x84;
        int segment = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && segment > 0; mask >>= 1) {
            segment--;
        }
        int step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | segment << 4 | step);
    }
}
