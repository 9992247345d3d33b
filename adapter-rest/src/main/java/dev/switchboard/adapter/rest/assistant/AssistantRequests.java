package dev.switchboard.adapter.rest.assistant;

import static dev.switchboard.adapter.rest.request.StrictJson.object;
import static dev.switchboard.adapter.rest.request.StrictJson.onlyKnownFields;
import static dev.switchboard.adapter.rest.request.StrictJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.assistant.CallContextAuth;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.assistant.ChannelSettings;
import dev.switchboard.domain.assistant.SipAddress;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.assistant.WebOrigin;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the assistant API's JSON bodies into the domain's settings. Strict, like the endpoint API: a field it does not
 * know, or a value of the wrong JSON type, is a 400 naming it. A field the server generates (an id, a URL, a client
 * secret …) is a 400 too, saying that it is read-only: a client that sends the answer of a GET back as is learns at
 * once that those values cannot be chosen. Fields inside a channel are named with their path,
 * {@code channels.twilio.liveAgentNumber}.
 */
final class AssistantRequests {

    private static final Set<String> ASSISTANT = Set.of("name", "description", "providerApplication", "channels");
    private static final Set<String> ASSISTANT_READ_ONLY = Set.of("id", "createdAt", "updatedAt", "version");
    /** What each kind's view shows besides its settings: generated, never set by a client. */
    static final Map<ChannelKind, Set<String>> READ_ONLY = new EnumMap<>(Map.of(
            ChannelKind.TWILIO, Set.of("webSocketUrl"),
            ChannelKind.GENESYS_AUDIO_CONNECTOR, Set.of("baseConnectionUri", "connectorId", "clientSecret", "apiKey",
                    "previousSecretValidUntil"),
            ChannelKind.GENESYS_SIP, Set.of("transferMethod", "sipTrunk", "xSncParam", "previousSecretValidUntil"),
            ChannelKind.AMAZON_CONNECT, Set.of("transferMethod", "callContextUrl", "tokenUrl", "clientId",
                    "clientSecret", "previousSecretValidUntil"),
            ChannelKind.THREE_C_LOGIC, Set.of("webSocketUrl", "clientId", "clientSecret", "previousSecretValidUntil"),
            ChannelKind.WEBRTC, Set.of()));
    private static final Map<ChannelKind, Set<String>> SETTINGS = new EnumMap<>(Map.of(
            ChannelKind.TWILIO, Set.of("enabled", "liveAgentNumber", "authToken"),
            ChannelKind.GENESYS_AUDIO_CONNECTOR, Set.of("enabled"),
            ChannelKind.GENESYS_SIP, Set.of("enabled", "transferAddress", "region"),
            ChannelKind.AMAZON_CONNECT, Set.of("enabled", "callContextAuth"),
            ChannelKind.THREE_C_LOGIC, Set.of("enabled"),
            ChannelKind.WEBRTC, Set.of("enabled", "allowedOrigins")));

    private AssistantRequests() {
    }

    /** The settings of a creation, or of a replacement (PUT): every setting is given, channels left out are removed. */
    static VoiceAssistant.Settings settings(String body) {
        ObjectNode tree = object(body);
        onlyKnownFields(tree, "", ASSISTANT, ASSISTANT_READ_ONLY);
        return new VoiceAssistant.Settings(text(tree, "name", "name").orElse(null),
                text(tree, "description", "description").orElse(""),
                text(tree, "providerApplication", "providerApplication").orElse(null), channels(tree));
    }

    private static List<ChannelSettings> channels(ObjectNode tree) {
        JsonNode value = tree.get("channels");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!(value instanceof ObjectNode channels)) {
            throw new InvalidValueException("channels", "must be an object of channels by kind, e.g."
                    + " {\"twilio\": {…}}");
        }
        List<ChannelSettings> read = new ArrayList<>();
        for (Iterator<String> kinds = channels.fieldNames(); kinds.hasNext(); ) {
            String name = kinds.next();
            ChannelKind kind = ChannelKind.of(name, "channels." + name);
            JsonNode channel = channels.get(name);
            if (!(channel instanceof ObjectNode settings)) {
                throw new InvalidValueException("channels." + name, "must be an object of the channel's settings");
            }
            onlyKnownFields(settings, "channels." + name + ".", SETTINGS.get(kind), READ_ONLY.get(kind));
            read.add(channel(kind, settings));
        }
        return read;
    }

    private static ChannelSettings channel(ChannelKind kind, ObjectNode tree) {
        boolean enabled = enabled(tree, kind);
        return switch (kind) {
            case TWILIO -> new ChannelSettings.Twilio(enabled,
                    text(tree, "liveAgentNumber", field(kind, "liveAgentNumber")).map(number -> e164(number,
                            field(kind, "liveAgentNumber"))),
                    text(tree, "authToken", field(kind, "authToken"))
                            .map(token -> ChannelSecret.given(token, field(kind, "authToken"))));
            case GENESYS_AUDIO_CONNECTOR -> new ChannelSettings.GenesysAudioConnector(enabled);
            case GENESYS_SIP -> new ChannelSettings.GenesysSip(enabled,
                    SipAddress.of(text(tree, "transferAddress", field(kind, "transferAddress")).orElse(null),
                            field(kind, "transferAddress")),
                    Text.required(text(tree, "region", field(kind, "region")).orElse(null), field(kind, "region")));
            case AMAZON_CONNECT -> new ChannelSettings.AmazonConnect(enabled, CallContextAuth.of(
                    Text.required(text(tree, "callContextAuth", field(kind, "callContextAuth")).orElse(null),
                            field(kind, "callContextAuth")), field(kind, "callContextAuth")));
            case THREE_C_LOGIC -> new ChannelSettings.ThreeCLogic(enabled);
            case WEBRTC -> new ChannelSettings.WebRtc(enabled, origins(tree, field(kind, "allowedOrigins")));
        };
    }

    private static String field(ChannelKind kind, String name) {
        return ChannelSettings.field(kind, name);
    }

    /** E164Number names the caller's field; here it is the channel's. */
    private static E164Number e164(String number, String field) {
        try {
            return new E164Number(number);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
    }

    private static boolean enabled(ObjectNode tree, ChannelKind kind) {
        JsonNode value = tree.get("enabled");
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new InvalidValueException(field(kind, "enabled"), "must be true or false");
        }
        return value.booleanValue();
    }

    private static List<WebOrigin> origins(ObjectNode tree, String field) {
        JsonNode value = tree.get("allowedOrigins");
        if (value == null || value.isNull()) {
            throw InvalidValueException.missing(field);
        }
        if (!value.isArray()) {
            throw new InvalidValueException(field, "must be an array of origins such as [\"https://app.example\"]");
        }
        List<WebOrigin> origins = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String element = field + "[" + i + "]";
            if (!value.get(i).isTextual()) {
                throw new InvalidValueException(element, "must be a string");
            }
            origins.add(WebOrigin.of(value.get(i).textValue(), element));
        }
        return origins;
    }
}
