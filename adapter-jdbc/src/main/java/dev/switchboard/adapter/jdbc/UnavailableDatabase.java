package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.port.out.StorageUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * Turns "the database cannot be used now" into the ports' {@link StorageUnavailableException}: no connection within
 * the pool's {@code connection-timeout} (the server is down or unreachable), a connection lost in the middle of a
 * unit (the server stopped), or a row that stayed locked beyond the database's lock timeout. Any other failure is
 * rethrown as it came, because it is a fault of ours, not a reason to try again later.
 */
final class UnavailableDatabase {

    /** SQLSTATE class 08, "connection exception", on every database; Hikari's "Connection is closed" is 08003. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's operator intervention: admin_shutdown, crash_shutdown, cannot_connect_now (still starting). */
    private static final String POSTGRESQL_SHUTTING_DOWN = "57P0";
    /** PostgreSQL's lock_not_available, when a {@code lock_timeout} is set for the user. */
    private static final String POSTGRESQL_LOCK_TIMEOUT = "55P03";
    /** H2's LOCK_TIMEOUT_1 (the URL's LOCK_TIMEOUT) and MariaDB's "Lock wait timeout exceeded": vendor error codes. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

    private UnavailableDatabase() {
    }

    /** Runs the database access; a failure that means "not now" becomes {@link StorageUnavailableException}. */
    static <T> T translate(Supplier<T> access) {
        try {
            return access.get();
        } catch (StorageUnavailableException alreadyTranslated) {
            throw alreadyTranslated; // by a nested unit
        } catch (RuntimeException e) {
            if (SqlFailures.anyCause(e, UnavailableDatabase::isUnavailable)) {
                throw new StorageUnavailableException("The database cannot be used now: " + rootMessage(e), e);
            }
            throw e;
        }
    }

    static boolean isUnavailable(Throwable failure) {
        return failure instanceof CannotGetJdbcConnectionException // the pool gave no connection, whatever the reason
                // Micronaut could not set a borrowed connection up or close it: the pool had found it broken meanwhile
                // (Hikari's "Connection is closed", which carries no SQLSTATE)
                || failure instanceof ConnectionException
                || failure instanceof SQLTransientConnectionException // Hikari's connection-timeout
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof SQLException sql && isUnavailable(sql);
    }

    private static boolean isUnavailable(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return state.startsWith(CONNECTION_EXCEPTION_CLASS)
                || state.startsWith(POSTGRESQL_SHUTTING_DOWN)
                || state.equals(POSTGRESQL_LOCK_TIMEOUT)
                || failure.getErrorCode() == H2_LOCK_TIMEOUT
                || failure.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT;
    }

    /** The innermost message, e.g. "Connection refused", for the log; clients never see it. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
