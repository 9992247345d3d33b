package dev.switchboard.domain.shared;

/**
 * A value supplied by a caller breaks a rule; {@link #field()} names the offending field. A field name can come from
 * the request itself (an unknown field, a key inside {@code attributes}), so it is kept as
 * {@link Text#printableField} renders it: short, and printable in any error body.
 */
public final class InvalidValueException extends DomainException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super("Invalid value for '" + Text.printableField(field) + "': " + reason);
        this.field = Text.printableField(field);
        this.reason = reason;
    }

    /** A required field is absent. */
    public static InvalidValueException missing(String field) {
        return new InvalidValueException(field, "is required");
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The same problem, located inside a containing field, e.g. {@code transcript[2].}{@code content}. */
    public InvalidValueException within(String containingField) {
        return new InvalidValueException(containingField + "." + field, reason);
    }
}
