package dev.switchboard.bench.media;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The voice assistant the media workload calls: made once per service through the admin API
 * ({@code POST /api/switchboard/v1/voice-assistants}) with a Twilio channel and a random auth token, and the channel's
 * generated {@code webSocketUrl}, which every call dials and signs as Twilio signs the upgrade: {@code
 * X-Twilio-Signature} = base64(HMAC-SHA1(auth token, URL)). The harness starts the service with {@code
 * switchboard.public-url} = its own {@code http://127.0.0.1:<port>}, so the generated URL is {@code
 * ws://127.0.0.1:<port>/…}, dialable as it is.
 *
 * @param assistantId the assistant's id
 * @param webSocketUrl the channel's generated URL: what is dialed and what is signed
 * @param signature   the X-Twilio-Signature for it
 */
record TwilioChannel(String assistantId, URI webSocketUrl, String signature) {

    static final String ASSISTANTS = "/api/switchboard/v1/voice-assistants";

    static TwilioChannel create(ServiceApi api) throws IOException, InterruptedException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random); // 32 hex digits, as a Twilio auth token looks
        JsonNode created = api.post(ASSISTANTS, "{\"name\": \"Bench media streams\", \"providerApplication\":"
                + " \"Twilio Voice\", \"channels\": {\"twilio\": {\"authToken\": \"" + token + "\"}}}", 201)
                .path("result");
        String id = created.path("id").asText();
        String url = created.path("channels").path("twilio").path("webSocketUrl").asText();
        String expected = "ws://127.0.0.1:" + api.port() + ASSISTANTS + "/" + id + "/channels/twilio/media";
        if (id.isEmpty() || !url.equals(expected)) {
            throw new IOException("the Twilio channel's webSocketUrl is '" + url + "', not " + expected
                    + " (is switchboard.public-url set to the service's address?)");
        }
        return new TwilioChannel(id, URI.create(url), sign(token, url));
    }

    /** Twilio's X-Twilio-Signature of a request without parameters (a WebSocket upgrade). */
    private static String sign(String token, String url) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA1", e);
        }
    }
}
