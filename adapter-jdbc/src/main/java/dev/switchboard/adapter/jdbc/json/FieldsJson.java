package dev.switchboard.adapter.jdbc.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.domain.shared.Fields;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Fields} tree (or a list of them) as JSON text and reads it back as the same tree. The token stream
 * maps one to one onto what {@code Fields} may hold, so no object mapper is needed: an integer token is a
 * {@link Long}, any other number a {@link Double}, and nulls, booleans, nesting and the order of names are kept.
 */
public final class FieldsJson {

    /** Thread-safe once configured; generators and parsers are cheap to create from it. */
    private static final JsonFactory JSON = new JsonFactory();

    private FieldsJson() {
    }

    /** {@code value}: a {@code Fields}, a list, text, a boolean, a {@code Long}, a {@code Double} or null. */
    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** The {@code Fields}, list or single value that {@code json} holds. */
    public static Object read(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return value(parser);
        } catch (IOException e) {
            throw new IllegalStateException("a stored JSON column cannot be read: " + e.getMessage(), e);
        }
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Fields fields) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> field : fields.asMap().entrySet()) {
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Long whole) {
            generator.writeNumber(whole);
        } else if (value instanceof Double number) {
            generator.writeNumber(number); // 2.0 is written "2.0", so it is read back as a Double
        } else {
            throw new IllegalArgumentException("Fields hold no " + value.getClass().getSimpleName());
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("unexpected JSON token " + parser.currentToken());
        };
    }

    private static Fields object(JsonParser parser) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, value(parser));
        }
        return Fields.of(fields);
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return items;
    }
}
