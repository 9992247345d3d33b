package dev.switchboard.adapter.webhook.auth;

import dev.switchboard.domain.event.OutboundAuth;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The request headers an endpoint's {@link OutboundAuth} asks for. */
public final class AuthHeaders {

    private final OAuth2Tokens tokens;

    public AuthHeaders(OAuth2Tokens tokens) {
        this.tokens = tokens;
    }

    /** @throws TokenException if an OAuth2 token is needed and cannot be had */
    public Map<String, String> of(OutboundAuth auth) {
        if (auth instanceof OutboundAuth.Basic basic) {
            String pair = basic.username() + ":" + basic.password();
            return Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (auth instanceof OutboundAuth.Bearer bearer) {
            return Map.of("Authorization", "Bearer " + bearer.token());
        }
        if (auth instanceof OutboundAuth.Header header) {
            return Map.of(header.name(), header.value());
        }
        if (auth instanceof OutboundAuth.OAuth2ClientCredentials client) {
            return Map.of("Authorization", "Bearer " + tokens.token(client));
        }
        return Map.of();
    }

    /**
     * The endpoint answered 401: a cached OAuth2 token may have been revoked before its expiry, so the next attempt
     * fetches a new one.
     */
    public void refused(OutboundAuth auth) {
        if (auth instanceof OutboundAuth.OAuth2ClientCredentials client) {
            tokens.forget(client);
        }
    }
}
