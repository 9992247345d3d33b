package dev.switchboard.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a record Switchboard creates: 32 lowercase hexadecimal characters, like a ServiceNow sys_id.
 */
public record SysId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");

    public SysId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("sys_id", "must be 32 lowercase hexadecimal characters, was " + Text.quoted(value));
        }
    }

    public static SysId of(String value) {
        return new SysId(value);
    }

    /** True when {@code candidate} has the sys_id format; lets callers tell an id from another reference. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
