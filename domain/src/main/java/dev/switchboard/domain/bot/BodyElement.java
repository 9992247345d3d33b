package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of a reply's {@code body}: its {@link UiType} and the fields the vendor's body table allows for it.
 * The constructor holds the table's rules, so that a topic file cannot describe an element a client could not
 * render: a known uiType, the group that type belongs to (filled in when absent), maskType NONE or SECURE, an
 * itemType the group allows, a style of button/carousel/list, file limits only on FileUpload, options only on
 * pickers, spinner fields only on a StartSpinner action.
 */
public record BodyElement(Fields fields) {

    public static final Set<String> ACTION_TYPES = Set.of("StartTypingIndicator", "EndTypingIndicator", "StartSpinner");
    private static final Set<String> MASK_TYPES = Set.of("NONE", "SECURE");
    private static final Set<String> STYLES = Set.of("button", "carousel", "list");
    private static final Set<String> KNOWN = Set.of("uiType", "group", "actionType", "agentInfo", "data", "header",
            "height", "itemType", "label", "maskType", "maxCount", "maxSize", "message", "multiSelect",
            "nluTextEnabled", "options", "promptMsg", "required", "style", "templateName", "type", "value", "width",
            "spinnerType", "waitTime", "scriptedData");

    public BodyElement {
        UiType uiType = uiTypeOf(fields);
        for (String name : fields.asMap().keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidValueException(name, "is not a field of a " + uiType + " element");
            }
        }
        fields = withGroup(fields, uiType);
        oneOf(fields, "maskType", MASK_TYPES);
        oneOf(fields, "style", STYLES);
        if (fields.has("itemType")) {
            oneOf(fields, "itemType", uiType.itemTypes());
        }
        onlyOn(fields, uiType == UiType.FileUpload, uiType, "maxCount", "maxSize");
        onlyOn(fields, uiType.group().filter("DefaultPicker"::equals).isPresent(), uiType, "options", "multiSelect");
        if (uiType == UiType.ActionMsg) {
            oneOf(fields, "actionType", ACTION_TYPES);
            if (!fields.has("actionType")) {
                throw InvalidValueException.missing("actionType");
            }
        } else {
            onlyOn(fields, false, uiType, "actionType");
        }
        onlyOn(fields, "StartSpinner".equals(fields.get("actionType")), uiType, "spinnerType", "waitTime", "message");
        if (fields.get("options") != null && !(fields.get("options") instanceof List<?>)) {
            throw new InvalidValueException("options", "must be a list");
        }
    }

    public static BodyElement of(Map<String, ?> fields) {
        return new BodyElement(Fields.of(fields));
    }

    public UiType uiType() {
        return uiTypeOf(fields);
    }

    /** This element with one field added or replaced (a picker's options, the greeting's topic list). */
    public BodyElement with(String name, Object value) {
        return new BodyElement(fields.with(name, value));
    }

    private static UiType uiTypeOf(Fields fields) {
        String name = fields.text("uiType").orElseThrow(() -> InvalidValueException.missing("uiType"));
        return UiType.named(name).orElseThrow(() -> new InvalidValueException("uiType",
                "is not one of the body table's types: " + Text.quoted(name)));
    }

    private static Fields withGroup(Fields fields, UiType uiType) {
        if (uiType.group().isEmpty()) {
            onlyOn(fields, false, uiType, "group");
            return fields;
        }
        String group = uiType.group().get();
        if (!fields.has("group")) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("uiType", uiType.name());
            ordered.put("group", group);
            ordered.putAll(fields.asMap());
            return Fields.of(ordered);
        }
        if (!group.equals(fields.get("group"))) {
            throw new InvalidValueException("group", "must be " + group + " for a " + uiType + " element, was "
                    + Text.quoted(String.valueOf(fields.get("group"))));
        }
        return fields;
    }

    private static void oneOf(Fields fields, String name, Set<String> allowed) {
        Object value = fields.get(name);
        if (value != null && !allowed.contains(value)) {
            throw new InvalidValueException(name, "must be one of " + allowed.stream().sorted().toList() + ", was "
                    + Text.quoted(String.valueOf(value)));
        }
    }

    private static void onlyOn(Fields fields, boolean allowed, UiType uiType, String... names) {
        if (allowed) {
            return;
        }
        for (String name : names) {
            if (fields.has(name)) {
                throw new InvalidValueException(name, "is not a field of a " + uiType + " element");
            }
        }
    }
}
