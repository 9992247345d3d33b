package dev.switchboard.adapter.webhook.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.adapter.webhook.delivery.LazyHttpClient;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.domain.event.OutboundAuth;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The token request of RFC 6749 §4.4 over HTTP: {@code grant_type=client_credentials} (and the scope, if any) as a
 * form, the client authenticated with HTTP Basic of the form-encoded id and secret (§2.3.1), a JSON answer with
 * {@code access_token}, {@code token_type} Bearer and, usually, {@code expires_in}. The token URL passes the same
 * destination guard as the deliveries, and redirects are not followed.
 */
public final class HttpTokenClient implements TokenClient {

    private static final JsonFactory JSON = new JsonFactory();
    /** A token answer is small; more than this is not read. */
    private static final int MAX_ANSWER = 64 * 1024;

    private final LazyHttpClient client;
    private final DestinationGuard guard;
    private final Duration requestTimeout;

    public HttpTokenClient(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout) {
        this.client = new LazyHttpClient(connectTimeout);
        this.guard = guard;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Token fetch(OutboundAuth.OAuth2ClientCredentials credentials) {
        String where = "OAuth2 token URL " + credentials.tokenUrl();
        try {
            Optional<String> refusal = guard.refusal(credentials.tokenUrl());
            if (refusal.isPresent()) {
                throw new TokenException(where + " is refused: " + refusal.get());
            }
            HttpResponse<InputStream> response = client.get().send(request(credentials),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] answer;
            try (InputStream body = response.body()) {
                answer = body.readNBytes(MAX_ANSWER);
            }
            if (response.statusCode() != 200) {
                throw new TokenException(where + " answered " + response.statusCode() + ": "
                        + excerpt(new String(answer, StandardCharsets.UTF_8)));
            }
            return parse(answer, where);
        } catch (UnknownHostException e) {
            throw new TokenException(where + ": unknown host " + credentials.tokenUrl().getHost());
        } catch (IOException e) {
            throw new TokenException(where + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException(where + ": interrupted by shutdown");
        }
    }

    private HttpRequest request(OutboundAuth.OAuth2ClientCredentials credentials) {
        String form = "grant_type=client_credentials"
                + credentials.scope().map(scope -> "&scope=" + encoded(scope)).orElse("");
        String client = encoded(credentials.clientId()) + ":" + encoded(credentials.clientSecret());
        return HttpRequest.newBuilder(credentials.tokenUrl())
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
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
