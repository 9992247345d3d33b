package dev.switchboard.adapter.webhook.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.adapter.webhook.delivery.HttpSender;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.http.HttpAnswer;
import dev.switchboard.adapter.webhook.http.HttpFailure;
import dev.switchboard.adapter.webhook.http.KeepAlive;
import dev.switchboard.adapter.webhook.http.PinnedHttpClient;
import dev.switchboard.domain.event.OutboundAuth;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * The token request of RFC 6749 §4.4 over HTTP: {@code grant_type=client_credentials} (and the scope, if any) as a
 * form, the client authenticated with HTTP Basic of the form-encoded id and secret (§2.3.1), a JSON answer with
 * {@code access_token}, {@code token_type} Bearer and, usually, {@code expires_in}. The token URL passes the same
 * destination guard as the deliveries, and the connection goes to the address the guard checked
 * ({@link PinnedHttpClient}); redirects are not followed.
 */
public final class HttpTokenClient implements TokenClient {

    private static final JsonFactory JSON = new JsonFactory();
    /** A token answer is small; more than this is not read. */
    private static final int MAX_ANSWER = 64 * 1024;

    private final PinnedHttpClient client;
    private final DestinationGuard guard;

    public HttpTokenClient(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout,
                           KeepAlive keepAlive) {
        // The default TLS context is made at the first token request, not at start.
        this(guard, new PinnedHttpClient(connectTimeout, requestTimeout,
                () -> (SSLSocketFactory) SSLSocketFactory.getDefault(), MAX_ANSWER, keepAlive));
    }

    HttpTokenClient(DestinationGuard guard, PinnedHttpClient client) {
        this.guard = guard;
        this.client = client;
    }

    @Override
    public Token fetch(OutboundAuth.OAuth2ClientCredentials credentials) {
        String where = "OAuth2 token URL " + credentials.tokenUrl();
        DestinationGuard.Verdict verdict;
        try {
            verdict = guard.check(credentials.tokenUrl());
        } catch (UnknownHostException e) {
            throw new TokenException(where + ": unknown host " + credentials.tokenUrl().getHost());
        }
        if (verdict instanceof DestinationGuard.Verdict.Refused refused) {
            throw new TokenException(where + " is refused: " + refused.reason());
        }
        InetAddress address = ((DestinationGuard.Verdict.Allowed) verdict).address();
        HttpAnswer answer;
        try {
            answer = client.post(credentials.tokenUrl(), address, headers(credentials),
                    form(credentials).getBytes(StandardCharsets.UTF_8));
        } catch (HttpFailure e) {
            throw new TokenException(where + ": " + e.getMessage());
        }
        if (answer.status() != 200) {
            throw new TokenException(where + " answered " + answer.status() + ": " + excerpt(answer.bodyStart()));
        }
        return parse(answer.bodyStart().getBytes(StandardCharsets.UTF_8), where);
    }

    private static String form(OutboundAuth.OAuth2ClientCredentials credentials) {
        return "grant_type=client_credentials"
                + credentials.scope().map(scope -> "&scope=" + encoded(scope)).orElse("");
    }

    private static Map<String, String> headers(OutboundAuth.OAuth2ClientCredentials credentials) {
        String client = encoded(credentials.clientId()) + ":" + encoded(credentials.clientSecret());
        return Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Accept", "application/json",
                "User-Agent", HttpSender.USER_AGENT,
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the three fields that matter and skips the rest (refresh tokens, ids …). */
    static Token parse(byte[] answer, String where) {
        String accessToken = null;
        String tokenType = null;
        Optional<Duration> expiresIn = Optional.empty();
        try (JsonParser parser = JSON.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new TokenException(where + " did not answer a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "access_token" -> accessToken = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "token_type" -> tokenType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "expires_in" -> expiresIn = value.isNumeric() && parser.getLongValue() > 0
                            ? Optional.of(Duration.ofSeconds(parser.getLongValue())) : Optional.empty();
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new TokenException(where + " answered JSON that cannot be read: " + e.getMessage());
        }
        if (accessToken == null || accessToken.isBlank() || accessToken.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new TokenException(where + " answered no usable access_token");
        }
        if (tokenType != null && !tokenType.toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new TokenException(where + " answered token_type " + excerpt(tokenType) + ", not Bearer");
        }
        return new Token(accessToken, expiresIn);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
