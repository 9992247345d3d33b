package dev.switchboard.adapter.rest.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A user name and password from an {@code Authorization: Basic <base64 of user:password>} header. The scheme name is
 * case-insensitive (RFC 9110, section 11.1; RFC 7617), so {@code basic} and {@code BASIC} work as well as
 * {@code Basic}; the password is everything after the first colon and may contain colons itself.
 */
record BasicCredentials(String username, String password) {

    private static final String SCHEME = "basic";

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + "]"; // never the password
    }

    /** The credentials, or empty when the header is not a well-formed Basic one. */
    static Optional<BasicCredentials> parse(String authorization) {
        String header = authorization == null ? "" : authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(space + 1).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
