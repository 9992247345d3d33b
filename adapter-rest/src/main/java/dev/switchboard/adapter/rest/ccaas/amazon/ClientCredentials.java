package dev.switchboard.adapter.rest.ccaas.amazon;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a token request says, read as RFC 6749 asks: the form's parameters (each at most once, §3.2), and the client's
 * id and secret from HTTP Basic, whose two parts are form-encoded before the base64 (§2.3.1), or from the
 * {@code client_id} and {@code client_secret} parameters (§2.3.1), never both at once (§2.3).
 */
final class ClientCredentials {

    /** The client id and secret as given; {@link #toString()} never shows the secret. */
    record Client(String id, String secret) {

        @Override
        public String toString() {
            return "Client[" + id + "]";
        }
    }

    /** A request RFC 6749 calls {@code invalid_request}; the message names what is wrong, never a value. */
    static final class InvalidRequest extends RuntimeException {

        InvalidRequest(String message) {
            super(message, null, false, false);
        }
    }

    private ClientCredentials() {
    }

    /** @throws InvalidRequest when a parameter is repeated or the form cannot be decoded */
    static Map<String, String> form(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return parameters;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw new InvalidRequest("the parameter " + name + " is repeated");
            }
        }
        return parameters;
    }

    /**
     * The client of the request, if it authenticated in one way.
     *
     * @param authorization the {@code Authorization} header, or null
     * @throws InvalidRequest when it authenticates in two ways, or its Basic credentials are malformed
     */
    static Optional<Client> client(String authorization, Map<String, String> form) {
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        Optional<Client> basic = basic(authorization);
        if (basic.isPresent() && inForm) {
            throw new InvalidRequest("the client authenticated both with HTTP Basic and in the form; use one");
        }
        if (basic.isPresent()) {
            return basic;
        }
        return inForm ? Optional.of(new Client(form.get("client_id"), form.get("client_secret"))) : Optional.empty();
    }

    private static Optional<Client> basic(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("the HTTP Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new InvalidRequest("the HTTP Basic credentials have no ':' between client id and secret");
        }
        return Optional.of(new Client(decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))));
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("a value is not form-encoded");
        }
    }
}
