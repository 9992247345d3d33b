package dev.switchboard.domain.shared;

/**
 * An expected failure with a message meant for the caller. Adapters translate each subtype to their
 * own error form (an HTTP status and envelope, a facade error string) in exactly one place.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
