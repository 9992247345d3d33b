package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of channel an assistant can have, by the names the API, the stores and the generated URLs use. An
 * assistant has at most one channel of each kind: a provider account points at one URL with one set of credentials,
 * and the kind alone then names the channel in every URL.
 */
public enum ChannelKind {
    TWILIO("twilio"),
    GENESYS_AUDIO_CONNECTOR("genesys-audio-connector"),
    GENESYS_SIP("genesys-sip"),
    AMAZON_CONNECT("amazon-connect"),
    THREE_C_LOGIC("3clogic"),
    WEBRTC("webrtc");

    private final String wireName;

    ChannelKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChannelKind> named(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
    }

    /** @throws InvalidValueException naming {@code field} when no kind has this name */
    public static ChannelKind of(String wireName, String field) {
        return named(wireName).orElseThrow(() -> new InvalidValueException(field, "unknown channel kind "
                + Text.quoted(wireName) + "; known: " + Arrays.stream(values()).map(ChannelKind::wireName).toList()));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
