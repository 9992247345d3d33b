package dev.switchboard.application.port.out;

/**
 * The store could not do the work in time: it cannot be reached (stopped, restarting, the network is down), it
 * stopped answering within the configured timeouts, or the record stayed busy with other units of work for longer
 * than the store waits. Nothing says how long that lasts, so a caller can only try again later: a driving adapter
 * reports it as "temporarily unavailable" (HTTP 503), never as a fault of the request.
 *
 * <p>Every store throws this type and no store-specific one, within a bound its configuration sets, so that a caller
 * never hangs on a store that is gone and never sees its driver's exceptions. The unit of work it ends stored
 * nothing; only if the connection was lost while the store committed can the unit have been stored after all, which
 * is why a retried request must be safe to repeat (an identical message is stored once, a repeated close succeeds).
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageUnavailableException(String message) {
        super(message);
    }
}
