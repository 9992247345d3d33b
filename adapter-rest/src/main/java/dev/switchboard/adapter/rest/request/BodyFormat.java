package dev.switchboard.adapter.rest.request;

/**
 * The syntax a body arrived in. XML has no booleans or numbers, only text, so text values for typed
 * fields are normal there and not a quirk.
 */
public enum BodyFormat {
    JSON,
    XML;

    boolean isTyped() {
        return this == JSON;
    }
}
