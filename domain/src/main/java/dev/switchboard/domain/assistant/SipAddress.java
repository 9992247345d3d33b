package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.regex.Pattern;

/**
 * Where a Genesys SIP call is transferred: {@code user@domain}, the user part at most 16 characters and the domain
 * part at most 256, as Genesys Cloud accepts it. URI parameters ({@code ;transport=tls}) and headers ({@code ?…}) are
 * not supported, and neither is the {@code sip:} scheme: the transfer builds the URI itself.
 */
public record SipAddress(String value) {

    public static final int MAX_USER = 16;
    public static final int MAX_DOMAIN = 256;
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._~+!$&'()*,=-]+");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    /** @throws InvalidValueException naming {@code field} for every rule the value breaks, the first one found */
    public static SipAddress of(String value, String field) {
        String given = Text.required(value, field).strip();
        if (given.regionMatches(true, 0, "sip:", 0, 4) || given.regionMatches(true, 0, "sips:", 0, 5)) {
            throw new InvalidValueException(field, "give user@domain without the sip: scheme");
        }
        if (given.indexOf(';') >= 0 || given.indexOf('?') >= 0) {
            throw new InvalidValueException(field, "URI parameters and headers (';', '?') are not supported;"
                    + " give user@domain only");
        }
        int at = given.indexOf('@');
        if (at < 0 || at != given.lastIndexOf('@')) {
            throw new InvalidValueException(field, "must have the form user@domain, was " + Text.quoted(given));
        }
        String user = given.substring(0, at);
        String domain = given.substring(at + 1);
        if (user.isEmpty() || user.length() > MAX_USER) {
            throw new InvalidValueException(field, "the user part must be 1 to " + MAX_USER + " characters, was "
                    + user.length());
        }
        if (!USER.matcher(user).matches()) {
            throw new InvalidValueException(field, "the user part may hold letters, digits and -_.!~*'()&=+$,");
        }
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
            throw new InvalidValueException(field, "the domain part must be 1 to " + MAX_DOMAIN
                    + " characters, was " + domain.length());
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidValueException(field, "the domain part must be a host name such as sip.example.com");
        }
        return new SipAddress(given);
    }

    @Override
    public String toString() {
        return value;
    }
}
