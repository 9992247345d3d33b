package dev.switchboard.domain.shared;

/** Small helpers for the optional free-text fields the vendor API is full of. */
public final class Text {

    private Text() {
    }

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
}
