package dev.switchboard.adapter.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.domain.shared.Fields;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Fields} as JSON with Jackson's streaming generator: names in their order, whole numbers without a
 * fraction, {@code null} kept. Fields holds only values JSON has (text, booleans, numbers, null, objects, lists), so
 * the mapping is one case per kind and needs no object mapper.
 */
public final class ReplyJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReplyJson() {
    }

    public static String write(Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            writeValue(json, fields);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Long whole) {
            json.writeNumber(whole);
        } else if (value instanceof Double number) {
            // JSON has no NaN or Infinity; a receiver could not read them back.
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("A reply cannot carry the number " + number + " in JSON");
            }
            json.writeNumber(number);
        } else if (value instanceof Fields object) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : object.asMap().entrySet()) {
                json.writeFieldName(field.getKey());
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else {
            // Fields refuses every other type when it is built.
            throw new IllegalArgumentException("Fields held a " + value.getClass().getName());
        }
    }
}
