package dev.switchboard.adapter.rest.ccaas.twilio;

import dev.switchboard.domain.assistant.ChannelSecret;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}, "Validating requests" in Twilio's security docs): the
 * base64 of the HMAC-SHA1, keyed with the account's auth token, of the full URL Twilio requested followed by each
 * POST parameter's name and value in name order. A WebSocket upgrade (Media Streams) has no parameters, so there it
 * is the HMAC of the {@code wss://} URL alone, as written in the TwiML's {@code <Stream url>}.
 *
 * <p>As Twilio's own validators do, a URL is also accepted with its scheme's default port written out or left out
 * ({@code wss://host/…} and {@code wss://host:443/…}), because proxies disagree on which one Twilio saw.
 *
 * <p>Here in the adapter, not the domain: it is Twilio's protocol, and HMAC is {@code javax.crypto}, which the domain
 * and application do not use (as the webhook signatures live in adapter-webhook).
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {
    }

    /** The signature Twilio sends for {@code url} and {@code params} (none for a WebSocket). */
    static String sign(ChannelSecret authToken, String url, Map<String, String> params) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA1", e);
        }
    }

    /**
     * True when {@code signature} is Twilio's for this URL without parameters; compared in constant time.
     *
     * @param signature the header's value; null (no header) is never valid
     */
    static boolean verifies(ChannelSecret authToken, String url, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        boolean valid = false;
        for (String candidate : new String[] {url, withDefaultPortToggled(url)}) {
            if (candidate != null) {
                byte[] expected = sign(authToken, candidate, Map.of()).getBytes(StandardCharsets.US_ASCII);
                valid |= MessageDigest.isEqual(expected, given);
            }
        }
        return valid;
    }

    /** The URL with its scheme's default port added when absent, or removed when present; null if it has neither. */
    static String withDefaultPortToggled(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int defaultPort = switch (scheme) {
                case "https", "wss" -> 443;
                case "http", "ws" -> 80;
                default -> -1;
            };
            if (defaultPort < 0 || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() == defaultPort ? -1 : uri.getPort() == -1 ? defaultPort : Integer.MIN_VALUE;
            if (port == Integer.MIN_VALUE) {
                return null; // another port: nothing to toggle
            }
            return new URI(uri.getScheme(), uri.getRawUserInfo(), uri.getHost(), port, uri.getRawPath(),
                    null, null).toString() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
