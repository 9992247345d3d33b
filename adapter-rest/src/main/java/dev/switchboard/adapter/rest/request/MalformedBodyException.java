package dev.switchboard.adapter.rest.request;

import dev.switchboard.domain.shared.Text;
import java.util.Optional;

/**
 * The body could not be read at all: bad JSON or XML, a body past an input limit, or the wrong top-level shape. When
 * the parser stopped inside a field, {@link #field()} names it, as {@code InvalidValueException} does.
 */
public final class MalformedBodyException extends RuntimeException {

    private final String field;

    public MalformedBodyException(String message) {
        this(message, null);
    }

    /** @param field the field the parser stopped in, e.g. {@code messages[0].loudnessScore}; null when none */
    public MalformedBodyException(String message, String field) {
        super(message);
        this.field = field == null ? null : printable(field);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    static String printable(String field) {
        return Text.printableField(field);
    }
}
