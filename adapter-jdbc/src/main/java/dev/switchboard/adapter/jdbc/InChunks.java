package dev.switchboard.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the values of an {@code IN (…)} list into chunks that keep every statement far below each supported
 * database's limit on bind parameters (PostgreSQL's is 32,767; one statement may hold two such lists).
 */
public final class InChunks {

    /** Values per IN list. */
    public static final int SIZE = 500;

    private InChunks() {
    }

    public static <T> List<List<T>> of(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SIZE) {
            chunks.add(values.subList(from, Math.min(from + SIZE, values.size())));
        }
        return chunks;
    }
}
