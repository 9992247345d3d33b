package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Arrays;
import java.util.Locale;

/** How Amazon Connect authenticates its call-context requests: a client certificate (mTLS), or OAuth2 client credentials. */
public enum CallContextAuth {
    MTLS,
    OAUTH2;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValueException naming {@code field} for anything but {@code mtls} or {@code oauth2} */
    public static CallContextAuth of(String value, String field) {
        return Arrays.stream(values()).filter(auth -> auth.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be mtls or oauth2, was "
                        + Text.quoted(value)));
    }
}
