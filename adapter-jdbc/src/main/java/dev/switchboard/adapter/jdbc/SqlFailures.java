package dev.switchboard.adapter.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the driver's SQLException inside what Micronaut Data throws. Micronaut Data wraps it, and a batch insert's
 * BatchUpdateException may carry the real failure as its next exception (PostgreSQL does), so both the causes and
 * the next exceptions are searched.
 */
final class SqlFailures {

    private SqlFailures() {
    }

    /** True when the failure or anything it wraps is an SQLException that {@code test} accepts. */
    static boolean anyMatch(Throwable failure, Predicate<SQLException> test) {
        return anyCause(failure, cause -> cause instanceof SQLException sql && test.test(sql));
    }

    /** True when the failure or anything it wraps (causes and next exceptions) is accepted by {@code test}. */
    static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> toVisit = new ArrayDeque<>(List.of(failure));
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toVisit.isEmpty()) {
            Throwable next = toVisit.pop();
            if (!visited.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                toVisit.push(sql.getNextException());
            }
            if (next.getCause() != null) {
                toVisit.push(next.getCause());
            }
        }
        return false;
    }
}
