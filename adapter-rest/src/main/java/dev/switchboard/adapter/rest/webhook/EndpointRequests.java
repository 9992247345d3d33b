package dev.switchboard.adapter.rest.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.request.StrictJson;
import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the endpoint API's JSON bodies into the application's values. Strict: a field it does not know, or a value of
 * the wrong JSON type, is a 400 naming it, so that a typo ({@code "evenTypes"}) is not silently ignored.
 */
final class EndpointRequests {

    private static final Set<String> CREATE = Set.of("name", "url", "description", "eventTypes", "secret", "auth");
    private static final Set<String> CHANGE = Set.of("url", "description", "eventTypes", "auth");

    private EndpointRequests() {
    }

    record Create(EndpointName name, WebhookEndpoint.Settings settings, Optional<SigningSecret> secret) {
    }

    static Create create(String body) {
        ObjectNode tree = object(body, CREATE);
        EndpointName name = new EndpointName(Text.required(text(tree, "name").orElse(null), "name"));
        URI url = WebhookEndpoint.Settings.parseUrl(text(tree, "url").orElse(null), "url");
        Set<EventType> types = eventTypes(tree).orElse(WebhookEndpoint.Settings.allEventTypes());
        OutboundAuth auth = auth(tree).orElse(OutboundAuth.NONE);
        WebhookEndpoint.Settings settings = new WebhookEndpoint.Settings(url, text(tree, "description").orElse(""),
                types, auth);
        return new Create(name, settings, text(tree, "secret").map(secret -> SigningSecret.of(secret, "secret")));
    }

    static WebhookEndpointsUseCase.Changes change(String body) {
        ObjectNode tree = object(body, CHANGE);
        return new WebhookEndpointsUseCase.Changes(
                text(tree, "url").map(url -> WebhookEndpoint.Settings.parseUrl(url, "url")),
                text(tree, "description"), eventTypes(tree), auth(tree));
    }

    /** {@code {"secret": "whsec_…"}} or an empty body: a secret to rotate to, or none (one is generated). */
    static Optional<SigningSecret> rotation(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        return text(object(body, Set.of("secret")), "secret").map(secret -> SigningSecret.of(secret, "secret"));
    }

    /** {@code {"reason": "…"}} or an empty body. */
    static String disableReason(String body) {
        if (body == null || body.isBlank()) {
            return "disabled by an operator";
        }
        return text(object(body, Set.of("reason")), "reason")
                .map(reason -> Text.atMost(reason, 1024, "reason"))
                .orElse("disabled by an operator");
    }

    /** The body as an object whose fields are all {@code known}. */
    private static ObjectNode object(String body, Set<String> known) {
        ObjectNode tree = StrictJson.object(body);
        StrictJson.onlyKnownFields(tree, "", known, Set.of());
        return tree;
    }

    private static Optional<String> text(JsonNode tree, String field) {
        return StrictJson.text(tree, field, field);
    }

    /** A field inside {@code auth}: named {@code auth.<name>} in errors. */
    private static Optional<String> authText(JsonNode auth, String name) {
        return StrictJson.text(auth, name, "auth." + name);
    }

    private static void fields(ObjectNode auth, Set<String> known) {
        StrictJson.onlyKnownFields(auth, "auth.", known, Set.of());
    }

    private static Optional<Set<EventType>> eventTypes(JsonNode tree) {
        JsonNode value = tree.get("eventTypes");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw new InvalidValueException("eventTypes", "must be an array of event type names");
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < value.size(); i++) {
            JsonNode name = value.get(i);
            String field = "eventTypes[" + i + "]";
            if (!name.isTextual()) {
                throw new InvalidValueException(field, "must be a string");
            }
            types.add(EventType.named(name.textValue()).orElseThrow(() -> new InvalidValueException(field,
                    "unknown event type " + Text.quoted(name.textValue()) + "; known: "
                            + Arrays.stream(EventType.values()).map(EventType::wireName).toList())));
        }
        return Optional.of(types);
    }

    private static Optional<OutboundAuth> auth(JsonNode tree) {
        JsonNode value = tree.get("auth");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof ObjectNode auth)) {
            throw new InvalidValueException("auth", "must be an object with a type");
        }
        String type = authText(auth, "type").map(t -> t.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> InvalidValueException.missing("auth.type"));
        return Optional.of(switch (type) {
            case "none" -> {
                fields(auth, Set.of("type"));
                yield OutboundAuth.NONE;
            }
            case "basic" -> {
                fields(auth, Set.of("type", "username", "password"));
                yield new OutboundAuth.Basic(authText(auth, "username").orElse(null),
                        authText(auth, "password").orElse(null));
            }
            case "bearer" -> {
                fields(auth, Set.of("type", "token"));
                yield new OutboundAuth.Bearer(authText(auth, "token").orElse(null));
            }
            case "header" -> {
                fields(auth, Set.of("type", "name", "value"));
                yield new OutboundAuth.Header(authText(auth, "name").orElse(null),
                        authText(auth, "value").orElse(null));
            }
            case "oauth2" -> {
                fields(auth, Set.of("type", "tokenUrl", "clientId", "clientSecret", "scope"));
                yield new OutboundAuth.OAuth2ClientCredentials(
                        WebhookEndpoint.Settings.parseUrl(authText(auth, "tokenUrl").orElse(null), "auth.tokenUrl"),
                        authText(auth, "clientId").orElse(null), authText(auth, "clientSecret").orElse(null),
                        authText(auth, "scope"));
            }
            default -> throw new InvalidValueException("auth.type", "must be none, basic, bearer, header or oauth2,"
                    + " was " + Text.quoted(type));
        });
    }
}
