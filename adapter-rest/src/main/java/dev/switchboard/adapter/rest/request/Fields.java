package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One JSON/XML object of a request, read field by field under the configured leniency and input limits.
 *
 * <p>Vendor-compatible mode matches field names case-insensitively (a documented example sends
 * {@code "Sentiment"}) and ignores unknown fields; strict mode wants exact names and rejects unknown ones.
 * Every error names the field, prefixed with the object's location in the body ({@code transcript[1].}).
 * Text that XML cannot carry is refused in every field, so whatever is stored reads back as JSON and XML alike.
 */
final class Fields {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    /** A JSON number, the only form a number sent as text may take: no '+', no NaN or Infinity, no hex. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    /** Amazon Connect sends one "null" per audio channel when it has no score: "null", "null,null", … */
    private static final Pattern NULL_LIST = Pattern.compile("null(\\s*,\\s*null)*");

    private final ObjectNode node;
    private final String location;
    private final BodyFormat format;
    private final Leniency leniency;
    private final InputLimits limits;
    private final Set<String> read = new HashSet<>();

    private Fields(ObjectNode node, String location, BodyFormat format, Leniency leniency, InputLimits limits) {
        this.node = node;
        this.location = location;
        this.format = format;
        this.leniency = leniency;
        this.limits = limits;
    }

    /**
     * @param location where the object sits in the body, e.g. "transcript[2]", or "" for the body itself
     */
    static Fields of(JsonNode node, String location, BodyFormat format, Leniency leniency, InputLimits limits) {
        if (node == null || !node.isObject()) {
            String where = location.isEmpty() ? "The request body" : "'" + location + "'";
            throw new MalformedBodyException(where + " must be an object");
        }
        return new Fields((ObjectNode) node, location, format, leniency, limits);
    }

    /** A text field, refused when it holds a character XML cannot carry. */
    String text(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isTextual()) {
            return Text.xmlSafe(value.textValue(), path(name));
        }
        if (value.isNumber() && lenient() && isFinite(value)) {
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
            if (NUMBER.matcher(text).matches()) {
                try {
                    return new BigDecimal(text).doubleValue();
                } catch (NumberFormatException exponentOutOfRange) {
                    // fall through to the error below
                }
            }
        }
        throw invalid(name, "must be a number between -1.0 and 1.0");
    }

    /**
     * The provider's attributes: a list of values the domain keeps verbatim, as compact JSON text. Refused, naming
     * where, when it has more entries than the limit, nests deeper than the limit, or holds a string that is too
     * long or that XML cannot carry (keys included): what is stored must read back, as JSON and as XML.
     */
    String attributes(String name) {
        JsonNode value = find(name);
        if (isAbsent(value)) {
            return null;
        }
        ArrayNode entries;
        if (value.isArray()) {
            entries = (ArrayNode) value;
        } else if (!format.isTyped() && value.isObject()) {
            // XML: <attributes><attribute>…</attribute></attributes> reads as an object holding the elements.
            entries = Lists.elements(value, path(name));
        } else {
            throw invalid(name, "must be an array");
        }
        if (entries.size() > limits.maxAttributes()) {
            throw invalid(name, "must have at most " + limits.maxAttributes() + " entries, was " + entries.size());
        }
        checkAttribute(entries, path(name), 1);
        return entries.toString();
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

    /** One value inside attributes, {@code depth} levels down (the attributes array is level 1). */
    private void checkAttribute(JsonNode value, String at, int depth) {
        if (value.isContainerNode() && depth > limits.maxAttributesDepth()) {
            throw new InvalidValueException(at, "is nested deeper than the " + limits.maxAttributesDepth()
                    + " levels of arrays and objects attributes may have");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkAttribute(value.get(i), at + "[" + i + "]", depth + 1);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String key = member.getKey();
                Text.atMost(Text.xmlSafe(key, at + " (a key)"), InputLimits.MAX_NAME_LENGTH, at + " (a key)");
                checkAttribute(member.getValue(), at + "." + key, depth + 1);
            }
        } else if (value.isTextual()) {
            Text.atMost(Text.xmlSafe(value.textValue(), at), limits.maxTextLength(), at);
        } else if (value.isNumber() && !isFinite(value)) {
            throw new InvalidValueException(at, "must be a finite number, was " + value.asText());
        }
    }

    /**
     * The value of {@code name}. Compatibility mode matches names ignoring ASCII case (not Unicode case, where the
     * Kelvin sign would match a {@code k}), and refuses a field sent twice under names that differ only in case:
     * which of the two was meant cannot be told.
     */
    private JsonNode find(String name) {
        read.add(name);
        if (!lenient()) {
            return node.get(name);
        }
        Map.Entry<String, JsonNode> found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (equalsIgnoringAsciiCase(field.getKey(), name)) {
                if (found != null) {
                    throw invalid(name, "is sent twice, as " + Text.quoted(found.getKey()) + " and "
                            + Text.quoted(field.getKey()));
                }
                found = field;
            }
        }
        return found == null ? null : found.getValue();
    }

    private static boolean equalsIgnoringAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && (x > 127 || y > 127 || Character.toLowerCase(x) != Character.toLowerCase(y))) {
                return false;
            }
        }
        return true;
    }

    /** Only a number written with an exponent too large for a double parses as infinite; JSON has no NaN. */
    private static boolean isFinite(JsonNode number) {
        return !number.isFloatingPointNumber() || Double.isFinite(number.doubleValue());
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
