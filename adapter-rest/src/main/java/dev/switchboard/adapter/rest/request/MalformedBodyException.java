package dev.switchboard.adapter.rest.request;

/** The body could not be parsed at all (bad JSON or XML, or the wrong top-level shape). */
public final class MalformedBodyException extends RuntimeException {

    public MalformedBodyException(String message) {
        super(message);
    }
}
