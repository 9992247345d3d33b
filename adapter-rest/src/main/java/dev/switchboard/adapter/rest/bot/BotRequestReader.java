package dev.switchboard.adapter.rest.bot;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.domain.bot.Attachment;
import dev.switchboard.domain.bot.BotAction;
import dev.switchboard.domain.bot.BotRequest;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.bot.UserMessage;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a primary bot's request into the domain's {@link BotRequest}, naming the field of every problem. In
 * compatibility mode it accepts the seed's examples as printed: {@code //} comments, no-break-space indentation, an
 * unquoted value, 10-digit (seconds) timestamps, an empty clientSessionId, an attachment list where the reference
 * documents one object. Strict mode refuses each of those with a 400 saying where.
 */
final class BotRequestReader {

    /** Milliseconds since 1970 have 13 digits until 2286; a 10-digit number is seconds. */
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    private final Leniency leniency;
    private final ObjectMapper json;

    BotRequestReader(Leniency leniency, int maxStringLength) {
        this.leniency = leniency;
        JsonFactoryBuilder factory = new JsonFactoryBuilder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(maxStringLength).maxNumberLength(32).build());
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        if (leniency.acceptsVendorQuirks()) {
            factory.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
        }
        this.json = JsonMapper.builder(factory.build()).build();
    }

    /** The request, and a digest of its body: a request sent again byte for byte has the same one. */
    record Read(BotRequest request, String fingerprint) {
    }

    Read read(String body, String channel) {
        ObjectNode root = parse(leniency.acceptsVendorQuirks() ? VendorJsonRepair.repair(body) : body);
        refuseUnstorableText(root, "");
        String requestId = text(root, "requestId", true);
        String userId = text(root, "userId", true);
        String clientSessionId = text(root, "clientSessionId", false);
        if (clientSessionId != null && clientSessionId.isEmpty() && !leniency.acceptsVendorQuirks()) {
            throw new InvalidValueException("clientSessionId", "must not be empty; leave it out to key the session"
                    + " by userId");
        }
        JsonNode messageNode = root.get("message");
        if (messageNode == null || messageNode.isNull()) {
            throw InvalidValueException.missing("message");
        }
        if (!messageNode.isObject()) {
            throw new InvalidValueException("message", "must be an object");
        }
        ObjectNode message = (ObjectNode) messageNode;
        UserMessage userMessage = new UserMessage(text(message, "text", false, "message."),
                flag(message, "typed", "message."), text(message, "clientMessageId", false, "message."),
                attachments(message));
        Optional<BotAction> action = action(root);
        timestamp(root);
        flag(root, "botToBot", "");
        Optional<String> switchTarget = Optional.ofNullable(nested(root, "intent", "id"))
                .or(() -> Optional.ofNullable(nested(root, "topic", "name")));
        BotRequest request = new BotRequest(requestId, userId, SessionKey.of(channel, clientSessionId, userId),
                clientSessionId, action, userMessage, FieldsJson.fields(message), switchTarget,
                Optional.ofNullable(text(root, "cause", false)), flag(root, "silentMessage", ""),
                contextVariables(root), object(root, "clientVariables"));
        return new Read(request, fingerprint(body));
    }

    private ObjectNode parse(String body) {
        JsonParser parser = null;
        try {
            parser = json.createParser(body);
            JsonNode tree = json.readTree(parser);
            if (tree == null || !tree.isObject()) {
                throw new MalformedBodyException("The body must be a JSON object");
            }
            if (parser.nextToken() != null) {
                throw new MalformedBodyException("The body holds more than one JSON value");
            }
            return (ObjectNode) tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new MalformedBodyException("Malformed JSON" + where + ": " + Text.excerpt(e.getOriginalMessage(), 200));
        } catch (IOException e) {
            throw new MalformedBodyException("The body could not be read");
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a parser over a String holds nothing to release
                }
            }
        }
    }

    /**
     * Refuses, anywhere in the request (clientVariables and contextVariables included, names as well as values), a
     * character no store can keep or give back: NUL and the other C0 controls, lone surrogates, U+FFFE/U+FFFF.
     * PostgreSQL refuses NUL in text, and a lone surrogate has no UTF-8 form, so such a request would otherwise fail
     * in the database after the virtual agent had answered it.
     */
    private static void refuseUnstorableText(JsonNode node, String path) {
        if (node.isTextual()) {
            int bad = Text.indexOfNonXmlCharacter(node.textValue());
            if (bad >= 0) {
                throw new InvalidValueException(path, "holds a control or unpaired surrogate character at position "
                        + bad);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (Text.indexOfNonXmlCharacter(entry.getKey()) >= 0) {
                    throw new InvalidValueException(path.isEmpty() ? "(a field name)" : path,
                            "holds a field name with a control or unpaired surrogate character");
                }
                refuseUnstorableText(entry.getValue(), field);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseUnstorableText(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private Optional<BotAction> action(ObjectNode root) {
        String action = text(root, "action", false);
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(BotAction.values()).filter(known -> known.name().equals(action)).findFirst()
                .map(Optional::of)
                .orElseThrow(() -> new InvalidValueException("action", "must be one of "
                        + Arrays.toString(BotAction.values()) + ", was " + Text.quoted(action)));
    }

    private void timestamp(ObjectNode root) {
        JsonNode timestamp = root.get("timestamp");
        if (timestamp == null || timestamp.isNull()) {
            return;
        }
        if (!timestamp.canConvertToLong() || !timestamp.isIntegralNumber() || timestamp.longValue() < 0) {
            throw new InvalidValueException("timestamp", "must be milliseconds since 1970 as a whole number");
        }
        if (timestamp.longValue() < SMALLEST_MILLIS && !leniency.acceptsVendorQuirks()) {
            throw new InvalidValueException("timestamp", "must be milliseconds since 1970; " + timestamp.longValue()
                    + " looks like seconds");
        }
    }

    private List<Attachment> attachments(ObjectNode message) {
        JsonNode attachment = message.get("attachment");
        if (attachment == null || attachment.isNull()) {
            return List.of();
        }
        if (attachment.isObject()) {
            return List.of(attachment((ObjectNode) attachment, "message.attachment."));
        }
        if (!attachment.isArray()) {
            throw new InvalidValueException("message.attachment", "must be an object");
        }
        if (!leniency.acceptsVendorQuirks()) {
            throw new InvalidValueException("message.attachment", "must be one object, not a list");
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < attachment.size(); i++) {
            String prefix = "message.attachment[" + i + "].";
            if (!attachment.get(i).isObject()) {
                throw new InvalidValueException(prefix.substring(0, prefix.length() - 1), "must be an object");
            }
            attachments.add(attachment((ObjectNode) attachment.get(i), prefix));
        }
        return attachments;
    }

    private static Attachment attachment(ObjectNode node, String prefix) {
        String contentType = text(node, "contentType", true, prefix);
        try {
            return new Attachment(text(node, "clientAttachmentId", false, prefix), contentType,
                    text(node, "fileName", false, prefix), text(node, "url", true, prefix));
        } catch (InvalidValueException e) {
            // The domain names the field of a lone attachment; in a list, say which one.
            throw prefix.equals("message.attachment.") ? e
                    : new InvalidValueException(prefix + e.field().substring("message.attachment.".length()), e.reason());
        }
    }

    private static Map<String, String> contextVariables(ObjectNode root) {
        JsonNode variables = root.get("contextVariables");
        if (variables == null || variables.isNull()) {
            return Map.of();
        }
        if (!variables.isObject()) {
            throw new InvalidValueException("contextVariables", "must be an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        variables.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (!value.isValueNode() || value.isNull()) {
                throw new InvalidValueException("contextVariables." + entry.getKey(), "must be text, a number or a boolean");
            }
            values.put(entry.getKey(), value.asText());
        });
        return values;
    }

    private static Fields object(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Fields.empty();
        }
        if (!node.isObject()) {
            throw new InvalidValueException(field, "must be an object");
        }
        return FieldsJson.fields((ObjectNode) node);
    }

    private static String nested(ObjectNode root, String object, String field) {
        JsonNode node = root.get(object);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidValueException(object, "must be an object");
        }
        return text((ObjectNode) node, field, false, object + ".");
    }

    private static String text(ObjectNode node, String field, boolean required) {
        return text(node, field, required, "");
    }

    private static String text(ObjectNode node, String field, boolean required, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw InvalidValueException.missing(prefix + field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidValueException(prefix + field, "must be a string");
        }
        String text = value.textValue();
        int bad = Text.indexOfNonXmlCharacter(text);
        if (bad >= 0) {
            throw new InvalidValueException(prefix + field, "holds a control character at position " + bad);
        }
        if (required && Text.isBlank(text)) {
            throw InvalidValueException.missing(prefix + field);
        }
        return text;
    }

    private static Boolean flag(ObjectNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidValueException(prefix + field, "must be true or false");
        }
        return value.booleanValue();
    }

    private static String fingerprint(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
