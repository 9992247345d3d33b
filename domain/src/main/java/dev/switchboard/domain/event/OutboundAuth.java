package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a delivery proves itself to an endpoint besides the signature: nothing, HTTP Basic, a bearer token, a static
 * header, or an OAuth2 client-credentials token fetched from the endpoint owner's token URL. The credentials are
 * secrets: stored sealed, never shown in full again, and never in {@link #toString()}.
 */
public sealed interface OutboundAuth {

    /** The credentials with their secret parts masked, for the API's answers. */
    String describe();

    None NONE = new None();

    record None() implements OutboundAuth {
        @Override
        public String describe() {
            return "none";
        }
    }

    record Basic(String username, String password) implements OutboundAuth {
        public Basic {
            username = headerSafe(username, "auth.username");
            password = headerSafe(password, "auth.password");
            if (username.indexOf(':') >= 0) {
                throw new InvalidValueException("auth.username", "must not contain ':'");
            }
        }

        @Override
        public String describe() {
            return "basic " + username + ":***";
        }

        @Override
        public String toString() {
            return "Basic[" + describe() + "]";
        }
    }

    record Bearer(String token) implements OutboundAuth {
        public Bearer {
            token = headerSafe(token, "auth.token");
        }

        @Override
        public String describe() {
            return "bearer " + mask(token);
        }

        @Override
        public String toString() {
            return "Bearer[" + mask(token) + "]";
        }
    }

    /** A header of the endpoint owner's choosing, e.g. {@code X-Api-Key}; not one that the delivery itself sets. */
    record Header(String name, String value) implements OutboundAuth {

        private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");
        private static final Set<String> RESERVED = Set.of("host", "content-type", "content-length", "connection",
                "transfer-encoding", "user-agent", "webhook-id", "webhook-timestamp", "webhook-signature");

        public Header {
            if (name == null || !TOKEN.matcher(name).matches()) {
                throw new InvalidValueException("auth.name", "must be an HTTP header name (letters, digits and"
                        + " !#$%&'*+.^_`|~-, at most 64), was " + Text.quoted(name));
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("auth.name", name + " is set by the delivery itself");
            }
            value = headerSafe(value, "auth.value");
        }

        @Override
        public String describe() {
            return "header " + name + ": " + mask(value);
        }

        @Override
        public String toString() {
            return "Header[" + describe() + "]";
        }
    }

    /**
     * OAuth2 client credentials (RFC 6749 §4.4): a token is fetched from {@code tokenUrl} with the client's id and
     * secret, sent as a bearer token, and kept until it expires.
     */
    record OAuth2ClientCredentials(URI tokenUrl, String clientId, String clientSecret, Optional<String> scope)
            implements OutboundAuth {
        public OAuth2ClientCredentials {
            Objects.requireNonNull(tokenUrl, "tokenUrl");
            clientId = headerSafe(clientId, "auth.clientId");
            clientSecret = headerSafe(clientSecret, "auth.clientSecret");
            scope = scope.map(value -> headerSafe(value, "auth.scope"));
        }

        @Override
        public String describe() {
            return "oauth2 " + clientId + "@" + tokenUrl;
        }

        @Override
        public String toString() {
            return "OAuth2ClientCredentials[" + describe() + "]";
        }
    }

    /** Credentials end up in request headers: required, at most 4,096 characters, no control characters. */
    private static String headerSafe(String value, String field) {
        String required = Text.required(value, field);
        if (required.length() > 4096) {
            throw new InvalidValueException(field, "must be at most 4096 characters");
        }
        if (required.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidValueException(field, "must not contain control characters (CR, LF, …)");
        }
        return required;
    }

    private static String mask(String secret) {
        return secret.length() <= 8 ? "***" : "***" + secret.substring(secret.length() - 4);
    }
}
