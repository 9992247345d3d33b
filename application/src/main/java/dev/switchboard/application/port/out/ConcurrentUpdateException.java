package dev.switchboard.application.port.out;

/**
 * A store refused an update made from a copy that is no longer current: another update of the same record came
 * first. The caller reads the record again and decides again.
 */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
