package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Reading the admin APIs' JSON bodies strictly (webhook endpoints, voice assistants): an object or a 400, every
 * field known or a 400 naming it (so a typo is not silently ignored), and text fields that are strings without
 * control characters. The vendor APIs' lenient readers are {@link RequestReader}'s.
 */
public final class StrictJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StrictJson() {
    }

    /** @throws MalformedBodyException if the body is empty, not JSON, or not an object */
    public static ObjectNode object(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedBodyException("Malformed JSON: send a JSON object");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new MalformedBodyException("Send a JSON object");
        }
        return object;
    }

    /**
     * Every field of {@code tree} is known: a read-only one is refused as such, any other unknown one as unknown.
     *
     * @param path the prefix of the fields' names in error messages, e.g. {@code "auth."}
     */
    public static void onlyKnownFields(ObjectNode tree, String path, Set<String> known, Set<String> readOnly) {
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (readOnly.contains(name)) {
                throw new InvalidValueException(path + name, "is read-only: the server generates it");
            }
            if (!known.contains(name)) {
                throw new InvalidValueException(path + name, "is not a field here; known: "
                        + known.stream().sorted().toList());
            }
        }
    }

    /**
     * A text field: absent or null is empty; another JSON type, or a control or unpaired surrogate character, is a
     * 400 naming {@code field}.
     */
    public static Optional<String> text(JsonNode tree, String name, String field) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidValueException(field, "must be a string");
        }
        int bad = Text.indexOfNonXmlCharacter(value.textValue());
        if (bad >= 0) {
            throw new InvalidValueException(field, "holds a control or unpaired surrogate character at position "
                    + bad);
        }
        return Optional.of(value.textValue());
    }
}
