package dev.switchboard.adapter.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs messages with one channel's secret as Standard Webhooks does: HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the base64-decoded part of the secret after
 * {@code whsec_}, and sent as {@code v1,<base64 of the MAC>}.
 */
public final class Signer {

    private static final String PREFIX = "whsec_";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private Signer(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * The signer for a configured secret.
     *
     * @throws IllegalArgumentException if it is not {@code whsec_<base64>}; the message never repeats the secret
     */
    public static Signer of(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("must be whsec_ followed by the base64 key");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be whsec_ followed by the base64 key; the part after whsec_ is not base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("must be whsec_ followed by the base64 key; the key is empty");
        }
        return new Signer(key);
    }

    /** The value of the {@code webhook-signature} header for this message. */
    public String signature(String webhookId, long timestampSeconds, String body) {
        try {
            // A Mac is not thread-safe and is cheap to make, so each signature gets its own.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String signed = webhookId + "." + timestampSeconds + "." + body;
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // Every JDK ships HmacSHA256, and any key length is valid for HMAC.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Never the key: a signer ends up in log lines and exception messages. */
    @Override
    public String toString() {
        return "Signer[whsec_***]";
    }
}
