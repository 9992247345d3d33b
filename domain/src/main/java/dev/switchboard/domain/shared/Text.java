package dev.switchboard.domain.shared;

/** Small helpers for the optional free-text fields the vendor API is full of. */
public final class Text {

    private Text() {
    }

    /** The longest identifier or label a caller may send (ids, names, sources); stores size columns for it. */
    public static final int MAX_LABEL_LENGTH = 255;

    /** Blank or absent text is treated as absent, so stored values are either meaningful or null. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.missing(field);
        }
        return value;
    }

    /** {@code value} (which may be null), refused when longer than {@code maxLength} characters. */
    public static String atMost(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    /** An optional label: blank means absent, and at most {@link #MAX_LABEL_LENGTH} characters. */
    public static String optionalLabel(String value, String field) {
        return atMost(blankToNull(value), MAX_LABEL_LENGTH, field);
    }
}
