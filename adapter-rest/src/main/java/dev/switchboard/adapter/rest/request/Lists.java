package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Reads a list the same way whether it came from a JSON array or from repeated XML elements. */
final class Lists {

    private Lists() {
    }

    /**
     * The elements of a list. A JSON array is its own elements. XML has no arrays: {@code <transcript>} holds
     * repeated child elements ({@code <message>…</message><message>…</message>}), which parse as an object with
     * one field whose value is an array, or a single object when there is only one child.
     */
    static ArrayNode elements(JsonNode list, String location) {
        if (list.isArray()) {
            return (ArrayNode) list;
        }
        if (list.isObject() && list.size() == 1) {
            JsonNode only = list.elements().next();
            if (only.isArray()) {
                return (ArrayNode) only;
            }
            return JsonNodeFactory.instance.arrayNode().add(only);
        }
        if (list.isTextual() && list.textValue().isBlank()) {
            return JsonNodeFactory.instance.arrayNode(); // an empty XML element
        }
        throw new MalformedBodyException("'" + location + "' must be a list");
    }
}
