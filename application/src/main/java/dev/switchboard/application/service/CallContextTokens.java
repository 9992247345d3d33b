package dev.switchboard.application.service;

import dev.switchboard.application.port.out.HmacSha256;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.shared.SysId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bearer tokens of Amazon Connect's call context, stateless: {@code v1.<assistant id>.<expiry, epoch seconds>.<MAC>},
 * the MAC an HMAC-SHA256 keyed with the channel's client secret over a label, the assistant and the expiry. Nothing
 * is stored, so a token outlives neither its expiry nor the secret that signed it (a rotation's overlap ends it), and
 * any instance of the service checks any other's. The assistant and expiry are readable by whoever holds the token:
 * they are no secret, and the MAC keeps them from being changed.
 */
final class CallContextTokens {

    private static final String VERSION = "v1";
    private static final String LABEL = "switchboard amazon-connect call-context token " + VERSION + "\n";
    private static final Pattern SHAPE = Pattern.compile(VERSION + "\\.([0-9a-f]{32})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final HmacSha256 hmac;

    CallContextTokens(HmacSha256 hmac) {
        this.hmac = hmac;
    }

    String issue(SysId assistant, Instant expiresAt, ChannelSecret key) {
        long expiry = expiresAt.getEpochSecond();
        return VERSION + "." + assistant + "." + expiry + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, assistant.value(), expiry));
    }

    /** The token's parts when it has the shape of one; whether it is genuine is {@link #signedWith}'s to say. */
    static Optional<Claims> read(String token) {
        Matcher matcher = token == null ? null : SHAPE.matcher(token);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Claims(matcher.group(1), Long.parseLong(matcher.group(2)),
                Base64.getUrlDecoder().decode(matcher.group(3))));
    }

    /** True when {@code key} made the MAC of {@code claims}; in constant time. */
    boolean signedWith(Claims claims, ChannelSecret key) {
        return MessageDigest.isEqual(claims.mac(), mac(key, claims.assistant(), claims.expiresEpochSecond()));
    }

    /** What a well-formed token claims; believe it only once {@link #signedWith} says so. */
    record Claims(String assistant, long expiresEpochSecond, byte[] mac) {

        Instant expiresAt() {
            return Instant.ofEpochSecond(expiresEpochSecond);
        }
    }

    private byte[] mac(ChannelSecret key, String assistant, long expiry) {
        return hmac.mac(key.reveal().getBytes(StandardCharsets.UTF_8),
                (LABEL + assistant + "." + expiry).getBytes(StandardCharsets.UTF_8));
    }
}
