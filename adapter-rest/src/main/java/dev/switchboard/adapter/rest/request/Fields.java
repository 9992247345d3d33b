package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One JSON/XML object of a request, read field by field under the configured leniency.
 *
 * <p>Vendor-compatible mode matches field names case-insensitively (a documented example sends
 * {@code "Sentiment"}) and ignores unknown fields; strict mode wants exact names and rejects unknown ones.
 * Every error names the field, prefixed with the object's location in the body ({@code transcript[1].}).
 */
final class Fields {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    /** Amazon Connect sends one "null" per audio channel when it has no score: "null", "null,null", … */
    private static final Pattern NULL_LIST = Pattern.compile("null(\\s*,\\s*null)*");

    private final ObjectNode node;
    private final String location;
    private final BodyFormat format;
    private final Leniency leniency;
    private final Set<String> read = new HashSet<>();

    private Fields(ObjectNode node, String location, BodyFormat format, Leniency leniency) {
        this.node = node;
        this.location = location;
        this.format = format;
        this.leniency = leniency;
    }

    /**
     * @param location where the object sits in the body, e.g. "transcript[2]", or "" for the body itself
     */
    static Fields of(JsonNode node, String location, BodyFormat format, Leniency leniency) {
        if (node == null || !node.isObject()) {
            String where = location.isEmpty() ? "The request body" : "'" + location + "'";
            throw new MalformedBodyException(where + " must be an object");
        }
        return new Fields((ObjectNode) node, location, format, leniency);
    }

    String text(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() && lenient()) {
            return value.asText();
        }
        throw invalid(name, "must be a string");
    }

    boolean bool(String name, boolean defaultValue) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return defaultValue;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.textValue().trim();
            boolean exact = text.equals("true") || text.equals("false");
            if ((exact && !format.isTyped()) || (lenient() && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")))) {
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
        }
        throw invalid(name, "must be true or false");
    }

    Long integer(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && (lenient() || !format.isTyped()) && INTEGER.matcher(value.textValue().trim()).matches()) {
            try {
                return Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException tooLarge) {
                throw invalid(name, "is out of range");
            }
        }
        throw invalid(name, "must be a whole number of milliseconds");
    }

    /** A loudness score: a number, or absent. Compatibility mode reads "null" and "null,null,…" as absent. */
    Double loudness(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual() && (lenient() || !format.isTyped())) {
            String text = value.textValue().trim();
            if (lenient() && NULL_LIST.matcher(text).matches()) {
                return null;
            }
            try {
                return new BigDecimal(text).doubleValue();
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw invalid(name, "must be a number between -1.0 and 1.0");
    }

    /** An array-valued field, serialized back to compact JSON text (the domain keeps it verbatim). */
    String jsonArray(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isArray()) {
            return value.toString();
        }
        if (!format.isTyped() && value.isObject()) {
            // XML: <attributes><attribute>…</attribute></attributes> reads as an object holding the elements.
            return Lists.elements(value, path(name)).toString();
        }
        throw invalid(name, "must be an array");
    }

    /** A nested list of objects, e.g. the transcript's messages. */
    JsonNode list(String name) {
        return find(name);
    }

    String path(String name) {
        return location.isEmpty() ? name : location + "." + name;
    }

    /** In strict mode, a field this reader did not ask for is an error: it may be a misspelt one. */
    void rejectUnknownFields() {
        if (lenient()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw invalid(name, "is not a known field");
            }
        }
    }

    private JsonNode find(String name) {
        read.add(name);
        JsonNode exact = node.get(name);
        if (exact != null || !lenient()) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private boolean lenient() {
        return leniency.acceptsVendorQuirks();
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private InvalidValueException invalid(String name, String reason) {
        return new InvalidValueException(path(name), reason);
    }
}
