package dev.switchboard.domain.bot;

import java.time.Instant;
import java.util.Objects;

/**
 * A request the session has answered, kept so that the same request sent again is answered with the same reply
 * instead of being processed twice.
 *
 * @param requestId   the client's request id; the seed reuses one for different messages, so it is not enough alone
 * @param fingerprint a digest of the request body: equal bodies, equal fingerprints
 * @param reply       the reply as it was sent
 */
public record Exchange(String requestId, String fingerprint, BotReply reply, Instant answeredAt) {

    public Exchange {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    public boolean answers(String requestId, String fingerprint) {
        return this.requestId.equals(requestId) && this.fingerprint.equals(fingerprint);
    }
}
