package dev.switchboard.adapter.webhook.auth;

import dev.switchboard.domain.event.OutboundAuth;
import java.time.Duration;
import java.util.Optional;

/** Asks a token endpoint for a client-credentials token (RFC 6749, section 4.4). */
public interface TokenClient {

    /** @throws TokenException if there is no token: unreachable, refused, or an answer without one */
    Token fetch(OutboundAuth.OAuth2ClientCredentials credentials);

    /** @param expiresIn the token's lifetime, if the endpoint said */
    record Token(String accessToken, Optional<Duration> expiresIn) {

        @Override
        public String toString() {
            return "Token[***]";
        }
    }
}
