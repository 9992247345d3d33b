package dev.switchboard.adapter.webhook.auth;

import dev.switchboard.domain.event.OutboundAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth2 client-credentials tokens, one per set of client credentials, fetched when first needed and kept until
 * {@value #MARGIN_SECONDS} seconds before the expiry the token endpoint gave (so that a token does not run out on its
 * way), or for {@link #WITHOUT_EXPIRY} when it gave none. Credentials that change (an administrator edits the
 * endpoint) are a different key, so an edit takes effect at the next attempt.
 */
public final class OAuth2Tokens {

    static final long MARGIN_SECONDS = 30;
    static final Duration WITHOUT_EXPIRY = Duration.ofMinutes(5);

    private final TokenClient client;
    private final Clock clock;
    private final Map<OutboundAuth.OAuth2ClientCredentials, Held> held = new ConcurrentHashMap<>();
    /** One fetch at a time per client: attempts that find no token wait for the one being fetched. */
    private final Map<OutboundAuth.OAuth2ClientCredentials, Object> fetching = new ConcurrentHashMap<>();

    public OAuth2Tokens(TokenClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** @throws TokenException if the token endpoint cannot be reached or refuses the client */
    public String token(OutboundAuth.OAuth2ClientCredentials credentials) {
        Optional<String> current = valid(credentials);
        if (current.isPresent()) {
            return current.get();
        }
        synchronized (fetching.computeIfAbsent(credentials, key -> new Object())) {
            current = valid(credentials);
            if (current.isPresent()) {
                return current.get();
            }
            Instant now = clock.instant();
            TokenClient.Token fetched = client.fetch(credentials);
            Instant until = fetched.expiresIn()
                    .map(expiresIn -> now.plus(expiresIn).minusSeconds(MARGIN_SECONDS))
                    .orElse(now.plus(WITHOUT_EXPIRY));
            held.put(credentials, new Held(fetched.accessToken(), until));
            return fetched.accessToken();
        }
    }

    private Optional<String> valid(OutboundAuth.OAuth2ClientCredentials credentials) {
        Held current = held.get(credentials);
        return current != null && clock.instant().isBefore(current.until()) ? Optional.of(current.token())
                : Optional.empty();
    }

    void forget(OutboundAuth.OAuth2ClientCredentials credentials) {
        held.remove(credentials);
    }

    private record Held(String token, Instant until) {
    }
}
