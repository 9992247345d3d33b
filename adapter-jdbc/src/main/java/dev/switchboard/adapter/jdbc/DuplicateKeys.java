package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.port.out.DuplicateRecordException;
import java.sql.SQLException;

/**
 * Turns the database's refusal of a row whose primary key or UNIQUE value is taken into the ports' own
 * {@link DuplicateRecordException}, so that callers see the same type on every store. Any other failure is
 * rethrown as it came.
 */
public final class DuplicateKeys {

    /** The SQLSTATE of a unique violation on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** MariaDB and MySQL report every integrity violation as SQLSTATE 23000, a taken key with error code 1062. */
    private static final String MARIADB_INTEGRITY_VIOLATION = "23000";
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    private DuplicateKeys() {
    }

    /** Runs the insert; if a key it writes is taken, throws {@link DuplicateRecordException} with this message. */
    public static void insert(Runnable insert, String messageIfTaken) {
        try {
            insert.run();
        } catch (RuntimeException e) {
            if (SqlFailures.anyMatch(e, DuplicateKeys::isTakenKey)) {
                throw new DuplicateRecordException(messageIfTaken, e);
            }
            throw e;
        }
    }

    private static boolean isTakenKey(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState())
                || MARIADB_INTEGRITY_VIOLATION.equals(failure.getSQLState())
                && failure.getErrorCode() == MARIADB_DUPLICATE_ENTRY;
    }
}
