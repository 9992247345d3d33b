package dev.switchboard.application.port.out;

/**
 * A store refused to add a record because it already holds one that the new record would duplicate: a record
 * with the same id, a second conversation for one interaction, or a message whose deduplication key its
 * conversation already holds. Every store throws this type, so that a caller can tell "already there" from a
 * store that failed; the unit of work it ends stores nothing.
 */
public class DuplicateRecordException extends RuntimeException {

    public DuplicateRecordException(String message) {
        super(message);
    }

    public DuplicateRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
