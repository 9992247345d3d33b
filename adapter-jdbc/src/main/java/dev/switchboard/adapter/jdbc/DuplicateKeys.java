package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.port.out.DuplicateRecordException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
            if (isTakenKey(e)) {
                throw new DuplicateRecordException(messageIfTaken, e);
            }
            throw e;
        }
    }

    /**
     * Micronaut Data wraps the driver's SQLException, and a batch insert's BatchUpdateException may carry the
     * violation as its next exception (PostgreSQL does), so both the causes and the next exceptions are searched.
     */
    private static boolean isTakenKey(Throwable failure) {
        Deque<Throwable> toVisit = new ArrayDeque<>(List.of(failure));
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toVisit.isEmpty()) {
            Throwable next = toVisit.pop();
            if (!visited.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql) {
                if (isTakenKey(sql)) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    toVisit.push(sql.getNextException());
                }
            }
            if (next.getCause() != null) {
                toVisit.push(next.getCause());
            }
        }
        return false;
    }

    private static boolean isTakenKey(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState())
                || MARIADB_INTEGRITY_VIOLATION.equals(failure.getSQLState())
                && failure.getErrorCode() == MARIADB_DUPLICATE_ENTRY;
    }
}
