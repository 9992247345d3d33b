package dev.switchboard.adapter.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
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

    private final List<SecretKeySpec> keys;

    private Signer(List<byte[]> keys) {
        this.keys = keys.stream().map(key -> new SecretKeySpec(key, ALGORITHM)).toList();
    }

    /**
     * The signer for a configured secret.
     *
     * @throws IllegalArgumentException if it is not {@code whsec_<base64>}; the message never repeats the secret
     */
    public static Signer of(String secret) {
        return new Signer(List.of(key(secret)));
    }

    /**
     * The signer for several secrets at once (an endpoint during a rotation's overlap): each message carries one
     * signature per secret, space-separated, and a receiver that knows either secret accepts it.
     *
     * @throws IllegalArgumentException if there is none, or one is not {@code whsec_<base64>}
     */
    public static Signer of(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret signs");
        }
        return new Signer(secrets.stream().map(Signer::key).toList());
    }

    private static byte[] key(String secret) {
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
        return key;
    }

    /** The value of the {@code webhook-signature} header for this message. */
    public String signature(String webhookId, long timestampSeconds, String body) {
        try {
            byte[] signed = (webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
            StringBuilder signatures = new StringBuilder();
            for (SecretKeySpec key : keys) {
                // A Mac is not thread-safe and is cheap to make, so each signature gets its own.
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                signatures.append(signatures.isEmpty() ? "" : " ")
                        .append("v1,").append(Base64.getEncoder().encodeToString(mac.doFinal(signed)));
            }
            return signatures.toString();
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
