package dev.switchboard.application.port;

import dev.switchboard.domain.shared.InvalidValueException;

/**
 * A slice of an ordered result, Table-API style: skip {@code offset} records, return at most {@code limit}.
 */
public record PageRequest(long offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidValueException("sysparm_offset", "must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("sysparm_limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
