package dev.switchboard.adapter.rest.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.shared.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between Jackson trees and the domain's {@link Fields}: what the primary bot sent in, what the reply sends out. */
final class FieldsJson {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private FieldsJson() {
    }

    static Fields fields(ObjectNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getValue())));
        return Fields.of(values);
    }

    private static Object value(JsonNode node) {
        if (node.isObject()) {
            return fields((ObjectNode) node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null;
    }

    static ObjectNode tree(Fields fields) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.asMap().forEach((name, value) -> object.set(name, node(value)));
        return object;
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Fields nested) {
            return tree(nested);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        return nodes.nullNode();
    }

    static String json(Fields fields) {
        try {
            return WRITER.writeValueAsString(tree(fields));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a Fields tree is always writable", e);
        }
    }
}
